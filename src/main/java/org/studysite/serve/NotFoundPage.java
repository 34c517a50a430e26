package org.studysite.serve;

import java.nio.charset.StandardCharsets;

/**
 * The page for a path the site does not have. It carries the live-reload snippet and a marker live.js
 * looks for, so a note being re-created shows up in the tab still open on it.
 */
final class NotFoundPage {
    static final String MARKER = "<meta name=\"studysite-404\">";

    private NotFoundPage() {
    }

    static byte[] of(String sitePath, long version) {
        String shown = escape("/" + sitePath);
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + MARKER + "\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Not found: " + shown + "</title>\n</head>\n<body>\n"
                + "<h1>Not found: " + shown + "</h1>\n"
                + "<p>This page is not in the site (yet). It reloads by itself when it appears.</p>\n"
                + "<p><a href=\"/\">Home</a></p>\n</body>\n</html>\n";
        return LiveReload.inject(html.getBytes(StandardCharsets.UTF_8), version);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
