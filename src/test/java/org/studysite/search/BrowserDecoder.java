package org.studysite.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The browser's side of the export, written the way search.js reads it (same steps, same names), so
 * tests can round-trip what the exporter writes: file bytes to JSON ({@code bytesOf}, {@code inflate}),
 * varints, score models and codes ({@code readModel}, {@code decode}), dictionary entries, phrase runs.
 */
final class BrowserDecoder {
    private static final Pattern FILE = Pattern.compile("_ss\\((\\d+),\"([^\"]*)\"\\);\n", Pattern.DOTALL);

    private BrowserDecoder() {
    }

    /** A file's content: check the BOM, decode UTF-16LE, take the call's arguments, bytesOf, inflate. */
    static byte[] content(byte[] file, byte[] preset) {
        if ((file[0] & 0xFF) != 0xFF || (file[1] & 0xFF) != 0xFE) throw new AssertionError("no UTF-16LE byte-order mark");
        String text = new String(file, 2, file.length - 2, StandardCharsets.UTF_16LE);
        Matcher m = FILE.matcher(text);
        if (!m.matches()) throw new AssertionError("not a _ss(n, \"…\") call: " + text.substring(0, Math.min(40, text.length())));
        return inflate(bytesOf(Integer.parseInt(m.group(1)), m.group(2)), preset);
    }

    /** JSON.parse of a file's content: lists, maps (in file order), strings, and numbers as Double. */
    static Object json(byte[] file, byte[] preset) {
        try (JsonParser parser = new JsonFactory().createParser(content(file, preset))) {
            Object value = value(parser, parser.nextToken());
            if (parser.nextToken() != null) throw new AssertionError("more than one JSON value");
            return value;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws java.io.IOException {
        switch (token) {
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) list.add(value(parser, t));
                return list;
            }
            case START_OBJECT -> {
                Map<String, Object> map = new java.util.LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    map.put(name, value(parser, parser.nextToken()));
                }
                return map;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            default -> throw new AssertionError("unexpected JSON " + token);
        }
    }

    /** search.js bytesOf: the characters' 15-bit groups, high bits first. */
    static byte[] bytesOf(int count, String text) {
        byte[] out = new byte[count];
        int acc = 0;
        int bits = 0;
        int j = 0;
        for (int i = 0; i < text.length() && j < count; i++) {
            int c = text.charAt(i) - ScriptFile.CHAR_BASE;
            if (c < 0 || c > 0x7FFF) throw new AssertionError("character out of range: " + Integer.toHexString(text.charAt(i)));
            acc = (acc << 15) | c;
            bits += 15;
            while (bits >= 8 && j < count) {
                bits -= 8;
                out[j++] = (byte) ((acc >>> bits) & 255);
            }
            acc &= (1 << bits) - 1;
        }
        if (j != count) throw new AssertionError("too few characters for " + count + " bytes");
        return out;
    }

    /** search.js inflate: raw inflate; with a preset, of the preset as a stored block followed by the bytes, the preset dropped. */
    static byte[] inflate(byte[] bytes, byte[] preset) {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        if (preset != null) {
            int n = preset.length;
            input.writeBytes(new byte[] {0, (byte) (n & 255), (byte) (n >> 8), (byte) (~n & 255), (byte) ((~n >> 8) & 255)});
            input.writeBytes(preset);
        }
        input.writeBytes(bytes);
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(input.toByteArray());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new AssertionError("truncated deflate stream");
                }
                out.write(buffer, 0, n);
            }
            // DecompressionStream rejects anything after the end of the stream.
            if (inflater.getRemaining() != 0) throw new AssertionError(inflater.getRemaining() + " bytes after the deflate stream");
            byte[] all = out.toByteArray();
            return preset == null ? all : Arrays.copyOfRange(all, preset.length, all.length);
        } catch (DataFormatException e) {
            throw new AssertionError(e);
        } finally {
            inflater.end();
        }
    }

    /** search.js varints. */
    static List<Long> varints(String text) {
        List<Long> out = new ArrayList<>();
        long value = 0;
        long scale = 1;
        for (char ch : text.toCharArray()) {
            int c = PostingsCodec.DIGITS.indexOf(ch);
            if (c < 0) throw new AssertionError("not a varint digit: " + ch);
            if (c >= 32) {
                value += (c - 32) * scale;
                scale *= 32;
            } else {
                out.add(value + c * scale);
                value = 0;
                scale = 1;
            }
        }
        return out;
    }

    static int[] undeltas(List<Long> deltas) {
        int[] docs = new int[deltas.size()];
        long d = 0;
        for (int i = 0; i < docs.length; i++) docs[i] = (int) (d += deltas.get(i));
        return docs;
    }

    /** search.js readModel: per field its parts (float bits, the first whole, then drops), and the field sets. */
    record Model(float[][] parts, long[] masks) {
    }

    static Model readModel(String text, int fields) {
        List<Long> v = varints(text);
        int at = 0;
        long union = v.get(at++);
        float[][] parts = new float[fields][];
        for (int f = 0; f < fields; f++) {
            if ((union & (1L << f)) == 0) {
                parts[f] = new float[0];
                continue;
            }
            int n = (int) (long) v.get(at++);
            parts[f] = new float[n];
            long bits = 0;
            for (int i = 0; i < n; i++) {
                bits = i == 0 ? v.get(at++) : bits - v.get(at++);
                parts[f][i] = Float.intBitsToFloat((int) bits);
            }
        }
        int sets = (int) (long) v.get(at++);
        long[] masks = sets > 1 ? v.subList(at, at + sets).stream().mapToLong(Long::longValue).toArray() : new long[] {union};
        return new Model(parts, masks);
    }

    /** search.js decode (weight 1): doc -> the sum of its parts, added in double in field order, then float. */
    static Map<Integer, Float> decode(String docText, String codeText, Model model) {
        List<Long> deltas = varints(docText);
        List<Long> codes = varints(codeText);
        Map<Integer, Float> out = new java.util.TreeMap<>();
        int c = 0;
        long doc = 0;
        for (long delta : deltas) {
            doc += delta;
            long mask = model.masks().length > 1 ? model.masks()[(int) (long) codes.get(c++)] : model.masks()[0];
            double sum = 0;
            for (int f = 0; f < model.parts().length; f++) {
                if ((mask & (1L << f)) != 0) sum += model.parts()[f].length > 1 ? model.parts()[f][(int) (long) codes.get(c++)] : model.parts()[f][0];
            }
            out.put((int) doc, (float) sum);
        }
        if (c != codes.size()) throw new AssertionError("codes left over: " + (codes.size() - c));
        return out;
    }

    /** search.js loadDict: [surface, stem, stop word?, stem id] per entry of a chunk [start, "entry entry …"]. */
    record DictEntry(String surface, String stem, boolean stop, int id) {
    }

    static List<DictEntry> dictEntries(Object chunk) {
        List<?> c = (List<?>) chunk;
        int start = ((Double) c.get(0)).intValue();
        String[] entries = ((String) c.get(1)).split(" ");
        List<DictEntry> out = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            String[] p = entries[i].split("\\|", -1);
            String w = p[0];
            String stem = p.length > 1 ? w.substring(0, w.length() - Integer.parseInt(p[1])) + p[2] : w;
            int back = p.length > 3 ? Integer.parseInt(p[3]) : 0;
            out.add(new DictEntry(w, stem, p.length > 4 && p[4].equals("1"), start + i - back));
        }
        return out;
    }

    /** search.js runFirsts: each phrase run's first pair, from the index's varints. */
    static List<List<Integer>> runFirsts(String text) {
        List<Long> v = varints(text);
        List<List<Integer>> out = new ArrayList<>();
        long a = 0;
        long b = 0;
        for (int at = 0; at < v.size(); at += 2) {
            a += v.get(at);
            b = v.get(at) > 0 ? v.get(at + 1) : b + v.get(at + 1);
            out.add(List.of((int) a, (int) b));
        }
        return out;
    }

    /** search.js BitReader. */
    static final class BitReader {
        private final byte[] bytes;
        private int at;

        BitReader(byte[] bytes) {
            this.bytes = bytes;
        }

        int bit() {
            if (at >= bytes.length * 8) throw new AssertionError("bits run out");
            int b = (bytes[at >> 3] >> (7 - (at & 7))) & 1;
            at++;
            return b;
        }

        long bits(int width) {
            long v = 0;
            for (int i = 0; i < width; i++) v = v * 2 + bit();
            return v;
        }

        long gamma() {
            int zeros = 0;
            while (bit() == 0) zeros++;
            return (1L << zeros) + bits(zeros) - 1;
        }

        long rice(int k) {
            long q = 0;
            while (bit() == 1) q++;
            return (q << k) + bits(k);
        }

        int remainingBits() {
            return bytes.length * 8 - at;
        }
    }

    /** search.js riceParameter. */
    static int riceParameter(int n, int range) {
        int k = 0;
        while (k < 30 && (long) (n + 1) * (1L << (k + 1)) <= range) k++;
        return k;
    }

    /** search.js pairDocs, for every pair of a run: (first id, second id) -> sections. */
    static Map<List<Integer>, int[]> phraseRun(byte[] bytes, int idBits, int sections) {
        BitReader r = new BitReader(bytes);
        Map<List<Integer>, int[]> out = new java.util.LinkedHashMap<>();
        long count = r.gamma() + 1;
        long x = 0;
        long y = -1;
        for (long i = 0; i < count; i++) {
            long rise = r.gamma();
            x += rise;
            y = rise > 0 ? r.bits(idBits) : y + r.gamma() + 1;
            int n = (int) r.gamma() + 1;
            int k = riceParameter(n, sections);
            int[] docs = new int[n];
            long doc = -1;
            for (int j = 0; j < n; j++) docs[j] = (int) (doc += r.rice(k) + 1);
            out.put(List.of((int) x, (int) y), docs);
        }
        if (r.remainingBits() >= 8) throw new AssertionError(r.remainingBits() + " bits left after the run");
        return out;
    }
}
