package org.studysite.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a browser shows of a page whose list is packed (render/view/PackedPart): the list's script read
 * as assets/site.js reads it (UTF-16 text calling {@code studysitePart(count, "…")}, 15 bits a character
 * from U+3000, raw deflate) and put into the element that names it.
 */
public final class PackedList {
    private static final Pattern CALL = Pattern.compile("studysitePart\\((\\d+),\"([^\"]*)\"\\);");

    private PackedList() {
    }

    /** {@code page} (read from {@code file}) with its packed list, if it has one, filled in. */
    public static Document fill(Document page, Path file) {
        Element box = page.selectFirst("[data-packed]");
        if (box != null) box.html(html(file.resolveSibling(box.attr("data-packed"))));
        return page;
    }

    /** The HTML a list script holds. */
    public static String html(Path script) {
        try {
            String text = new String(Files.readAllBytes(script), StandardCharsets.UTF_16);
            Matcher m = CALL.matcher(text);
            if (!m.find()) throw new IllegalStateException(script + " is not a packed list");
            return new String(inflate(bytes(m.group(2), Integer.parseInt(m.group(1)))), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String chars, int count) {
        byte[] out = new byte[count];
        int acc = 0;
        int bits = 0;
        int j = 0;
        for (int i = 0; i < chars.length() && j < count; i++) {
            acc = (acc << 15) | (chars.charAt(i) - 0x3000);
            bits += 15;
            while (bits >= 8 && j < count) {
                bits -= 8;
                out[j++] = (byte) (acc >>> bits);
            }
            acc &= (1 << bits) - 1;
        }
        return out;
    }

    private static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 6);
            byte[] buffer = new byte[65_536];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) throw new IllegalStateException("truncated list");
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException(e);
        } finally {
            inflater.end();
        }
    }
}
