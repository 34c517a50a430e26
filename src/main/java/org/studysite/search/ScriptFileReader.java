package org.studysite.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studysite.output.PackedScript;

/** Reads a {@link ScriptFile} back, as the page does: for {@code studysite search}, which reads the same export. */
final class ScriptFileReader {
    private ScriptFileReader() {
    }

    /** What {@link ScriptFile#packed} put in a file: its bytes, inflated (against {@code preset}, if not null). */
    static byte[] content(byte[] file, byte[] preset) {
        return PackedScript.read(ScriptFile.CALLBACK, file, preset);
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
}
