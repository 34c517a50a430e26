package org.studysite.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.studysite.model.OutputFile;
import org.studysite.model.SitePath;

/**
 * One file of the browser index: a script that hands its JSON to {@code STUDYSITE_SEARCH_LOADED},
 * because browsers refuse fetch() of file:// URLs but do run scripts from them.
 */
final class ScriptFile {
    private static final JsonFactory JSON = new JsonFactory();

    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** A JSON value on its own, to be embedded in a shard later. */
    static byte[] json(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A file holding one JSON object whose values are already-encoded JSON, keys in the map's order. */
    static OutputFile ofEntries(String key, java.util.Map<String, byte[]> entries) {
        return of(key, json -> {
            json.writeStartObject();
            for (java.util.Map.Entry<String, byte[]> e : entries.entrySet()) {
                json.writeFieldName(e.getKey());
                json.writeRawValue(new String(e.getValue(), StandardCharsets.UTF_8));
            }
            json.writeEndObject();
        });
    }

    static OutputFile of(String key, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            bytes.write(("STUDYSITE_SEARCH_LOADED(\"" + key + "\",").getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator json = JSON.createGenerator(bytes)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                body.write(json);
            }
            bytes.write(");\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputFile(new SitePath("search/" + key + ".js"), bytes.toByteArray());
    }
}
