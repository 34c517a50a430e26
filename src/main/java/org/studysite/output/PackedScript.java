package org.studysite.output;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Data as a script that browsers run from file:// (where fetch() is refused): {@code callback(byteCount,"…");}
 * with the data raw-deflated (as the page's {@code DecompressionStream('deflate-raw')} reads it) and
 * written 15 bits to a character from {@link #CHAR_BASE} (CJK, Yi, Hangul: no quotes, backslashes, line
 * ends or surrogates) in a UTF-16 file with a byte-order mark, which browsers decode by that mark
 * whatever charset a server declares. The same format as the search index files (search/ScriptFile),
 * here for any stage: stage packages do not import each other.
 */
public final class PackedScript {
    public static final int CHAR_BASE = 0x3000;
    /** Fixed level and strategy: the same data always gives the same bytes. */
    private static final int LEVEL = 9;
    private static final byte[] BOM = {(byte) 0xFF, (byte) 0xFE};

    private PackedScript() {
    }

    /** The script file calling {@code callback} with {@code data} compressed. */
    public static byte[] of(String callback, byte[] data) {
        return of(callback, data, null);
    }

    /** The script file calling {@code callback} with {@code data} compressed against {@code preset} (if not null). */
    public static byte[] of(String callback, byte[] data, byte[] preset) {
        byte[] deflated = deflate(data, preset);
        String text = callback + "(" + deflated.length + ",\"" + chars(deflated) + "\");\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + 2 * text.length());
        out.writeBytes(BOM);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    /**
     * Raw deflate (no zlib header) at a fixed level and strategy, so the same input gives the same
     * bytes; optionally against a preset dictionary (the search export's shards use one).
     */
    public static byte[] deflate(byte[] data, byte[] preset) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setStrategy(Deflater.DEFAULT_STRATEGY);
            if (preset != null && preset.length > 0) deflater.setDictionary(preset);
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
            byte[] buffer = new byte[16_384];
            while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Bytes as 15-bit groups, high bits first, each as one character from CHAR_BASE; the last group padded with 0 bits. */
    public static String chars(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 8 / 15 + 1);
        int acc = 0;
        int bits = 0;
        for (byte b : bytes) {
            acc = (acc << 8) | (b & 0xFF);
            bits += 8;
            if (bits >= 15) {
                bits -= 15;
                out.append((char) (CHAR_BASE + ((acc >>> bits) & 0x7FFF)));
                acc &= (1 << bits) - 1;
            }
        }
        if (bits > 0) out.append((char) (CHAR_BASE + ((acc << (15 - bits)) & 0x7FFF)));
        return out.toString();
    }

    /**
     * What {@link #of} put in a script calling {@code callback}: its data, inflated (against {@code preset},
     * if not null), as the page reads it. For the CLI, which reads the search export, and for tests.
     */
    public static byte[] read(String callback, byte[] file, byte[] preset) {
        if (file.length < 2 || file[0] != BOM[0] || file[1] != BOM[1]) throw new IllegalArgumentException("not a packed script");
        String text = new String(file, 2, file.length - 2, StandardCharsets.UTF_16LE);
        int comma = text.indexOf(',');
        int end = text.lastIndexOf("\");");
        if (!text.startsWith(callback + "(") || comma < 0 || end < comma + 2) throw new IllegalArgumentException("not a packed script");
        int count = Integer.parseInt(text.substring(callback.length() + 1, comma));
        return inflate(bytes(text.substring(comma + 2, end), count), preset);
    }

    /** Reads {@link #chars} back: {@code count} bytes. */
    static byte[] bytes(String chars, int count) {
        byte[] out = new byte[count];
        int acc = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < chars.length() && n < count; i++) {
            acc = (acc << 15) | ((chars.charAt(i) - CHAR_BASE) & 0x7FFF);
            bits += 15;
            while (bits >= 8 && n < count) {
                bits -= 8;
                out[n++] = (byte) (acc >>> bits);
            }
            acc &= (1 << bits) - 1;
        }
        if (n != count) throw new IllegalArgumentException("too few characters for " + count + " bytes");
        return out;
    }

    private static byte[] inflate(byte[] deflated, byte[] preset) {
        Inflater inflater = new Inflater(true);
        try {
            if (preset != null && preset.length > 0) inflater.setDictionary(preset);
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] buffer = new byte[16_384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) throw new IllegalArgumentException("truncated packed script");
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("corrupt packed script: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
