package org.studysite.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A request's raw path turned into a site path ("notes/a.html", "" for the root, "dir/" for a folder), or
 * nothing when it has any form a file system might treat specially. The site is looked up in a map
 * only, so this is a second wall: it keeps odd paths from even reaching the lookup, and from landing
 * in a redirect's Location.
 */
final class RequestPath {
    private RequestPath() {
    }

    /** The decoded site path without its leading slash, or empty when the raw path is refused. */
    static Optional<String> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || hasForbiddenRawForm(rawPath)) {
            return Optional.empty();
        }
        return percentDecode(rawPath.substring(1)).filter(RequestPath::isPlainPath);
    }

    /** Escaped separators and NULs would let a decoded path mean something its raw form hid. */
    private static boolean hasForbiddenRawForm(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        return lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || raw.contains("//");
    }

    /** Checked after decoding, so "%2e%2e" is caught like "..". */
    private static boolean isPlainPath(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !last)) {
                return false;
            }
        }
        return true;
    }

    /** Decodes %XX once, as UTF-8; a stray '%' or bytes that are not UTF-8 refuse the path. */
    private static Optional<String> percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        byte[] utf8 = raw.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] != '%') {
                bytes.write(utf8[i]);
                continue;
            }
            int high = i + 1 < utf8.length ? Character.digit(utf8[i + 1], 16) : -1;
            int low = i + 2 < utf8.length ? Character.digit(utf8[i + 2], 16) : -1;
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
