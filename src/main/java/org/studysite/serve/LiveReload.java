package org.studysite.serve;

import java.nio.charset.StandardCharsets;

/**
 * Puts {@link PreviewServer#snippet} into a page. Works on bytes, not text, so the rest of the page
 * stays exactly as built whatever its encoding.
 */
final class LiveReload {
    private static final String BODY_END = "</body>";

    private LiveReload() {
    }

    /** The page with the snippet right before its last {@code </body>}, or at its end when it has none. */
    static byte[] inject(byte[] page, long version) {
        byte[] snippet = PreviewServer.snippet(version).getBytes(StandardCharsets.UTF_8);
        int at = lastBodyEnd(page);
        if (at < 0) {
            at = page.length;
        }
        byte[] out = new byte[page.length + snippet.length];
        System.arraycopy(page, 0, out, 0, at);
        System.arraycopy(snippet, 0, out, at, snippet.length);
        System.arraycopy(page, at, out, at + snippet.length, page.length - at);
        return out;
    }

    private static int lastBodyEnd(byte[] page) {
        for (int at = page.length - BODY_END.length(); at >= 0; at--) {
            if (matchesIgnoringCase(page, at)) {
                return at;
            }
        }
        return -1;
    }

    /** ASCII case only: tag names are ASCII, and a non-ASCII byte must never match a letter. */
    private static boolean matchesIgnoringCase(byte[] page, int at) {
        for (int i = 0; i < BODY_END.length(); i++) {
            int b = page[at + i];
            int lower = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
            if (lower != BODY_END.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
