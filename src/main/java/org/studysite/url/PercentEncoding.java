package org.studysite.url;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of the addresses the site writes (RFC 3986). A path keeps only unreserved
 * characters and '/' as they are, so a name with '#', '?', '%', a space or any non-ASCII letter
 * reaches a web server and a file:// browser as the same file name: each decodes it exactly once.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** {@code path} with every UTF-8 byte outside {@code A-Z a-z 0-9 - . _ ~ /} written as {@code %XX}. */
    public static String path(String path) {
        return encode(path, false);
    }

    /**
     * A fragment (an element id): only ASCII that cannot stand in a fragment is encoded (space,
     * {@code " # % < > `}, controls). Letters of any script stay as written: ids are compared as text
     * by the site's scripts (a table of contents matches its links' {@code href} to heading ids).
     */
    public static String fragment(String fragment) {
        return encode(fragment, true);
    }

    private static String encode(String text, boolean fragment) {
        if (plain(text, fragment)) return text;
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (keeps(cp, fragment)) {
                out.append(text, i, next);
            } else {
                for (byte b : text.substring(i, next).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
                }
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean plain(String text, boolean fragment) {
        for (int i = 0; i < text.length(); i++) {
            if (!keeps(text.charAt(i), fragment)) return false;
        }
        return true;
    }

    /** Whether code point {@code c} stays as it is. */
    private static boolean keeps(int c, boolean fragment) {
        if (c >= 0x80) return fragment;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
        if ("-._~/".indexOf(c) >= 0) return true;
        return fragment && c > 0x20 && c < 0x7f && "\"#%<>`".indexOf(c) < 0;
    }
}
