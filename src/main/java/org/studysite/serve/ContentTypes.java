package org.studysite.serve;

import java.util.Locale;
import java.util.Map;

/** Content-Type by file extension: with nosniff, a wrong type breaks a page, so unknown is opaque bytes. */
final class ContentTypes {
    static final String UNKNOWN = "application/octet-stream";
    private static final String UTF8 = "; charset=utf-8";
    static final String TEXT = "text/plain" + UTF8;
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + UTF8),
            Map.entry("htm", "text/html" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("map", "application/json" + UTF8),
            Map.entry("svg", "image/svg+xml" + UTF8),
            Map.entry("txt", TEXT),
            Map.entry("xml", "application/xml" + UTF8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("pdf", "application/pdf"),
            // An Anki package is a zip that Anki opens; the type makes the browser download it.
            Map.entry("apkg", "application/zip"));

    private ContentTypes() {
    }

    static String of(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash) {
            return UNKNOWN;
        }
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }

    static boolean isHtml(String path) {
        return of(path).startsWith("text/html");
    }
}
