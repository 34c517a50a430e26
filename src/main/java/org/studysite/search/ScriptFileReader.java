package org.studysite.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Reads a {@link ScriptFile} back, as the page does: for {@code studysite search}, which reads the same export. */
final class ScriptFileReader {
    private ScriptFileReader() {
    }

    /** What {@link ScriptFile#packed} put in a file: its bytes, inflated (against {@code preset}, if not null). */
    static byte[] content(byte[] file, byte[] preset) {
        if (file.length < 2 || file[0] != ScriptFile.BOM[0] || file[1] != ScriptFile.BOM[1]) throw new IllegalArgumentException("not a search script file");
        String text = new String(file, 2, file.length - 2, StandardCharsets.UTF_16LE);
        int comma = text.indexOf(',');
        int end = text.lastIndexOf("\");");
        if (!text.startsWith(ScriptFile.CALLBACK + "(") || comma < 0 || end < comma + 2) throw new IllegalArgumentException("not a search script file");
        int count = Integer.parseInt(text.substring(ScriptFile.CALLBACK.length() + 1, comma));
        return inflate(bytes(text.substring(comma + 2, end), count), preset);
    }

    /** The JSON value in a file: lists, maps (in file order), strings, and numbers as Double. */
    static Object read(byte[] file, byte[] preset) {
        try (JsonParser parser = ScriptFile.JSON.createParser(content(file, preset))) {
            return value(parser, parser.nextToken());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) list.add(value(parser, t));
                return list;
            }
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
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
            default -> throw new IllegalArgumentException("unexpected JSON " + token);
        }
    }

    /** Reads {@link ScriptFile#chars} back: {@code count} bytes. */
    static byte[] bytes(String chars, int count) {
        byte[] out = new byte[count];
        int acc = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < chars.length() && n < count; i++) {
            acc = (acc << 15) | ((chars.charAt(i) - ScriptFile.CHAR_BASE) & 0x7FFF);
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

    static byte[] inflate(byte[] deflated, byte[] preset) {
        Inflater inflater = new Inflater(true);
        try {
            if (preset != null && preset.length > 0) inflater.setDictionary(preset);
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] buffer = new byte[16_384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) throw new IllegalArgumentException("truncated search file");
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("corrupt search file: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
