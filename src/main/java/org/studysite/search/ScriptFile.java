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
 * One file of the browser index: a script, because browsers refuse fetch() of file:// URLs but do
 * run scripts from them. Its JSON is compressed (raw deflate, as the page's
 * {@code DecompressionStream('deflate-raw')} reads it) and the bytes are written 15 bits to a
 * character, as a string of the code points {@link #CHAR_BASE}..{@link #CHAR_BASE}+0x7FFF (CJK, Yi,
 * Hangul: no quotes, backslashes, line ends or surrogates) in a UTF-16 file with a byte-order mark,
 * which browsers decode by that mark whatever charset a server declares: 16 bits of file carry 15 of
 * data, where base64 in UTF-8 carries 6 of 8.
 * A file is {@code _ss(byteCount,"…");} and the page's {@code _ss} knows which file ran from
 * {@code document.currentScript}. A file may be compressed against a preset dictionary (a file of
 * its own, see search.js {@code PRESETS}); the page then inflates the dictionary, as a stored block,
 * followed by the file's bytes, and drops the dictionary from the output.
 */
final class ScriptFile {
    static final String CALLBACK = "_ss";
    static final int CHAR_BASE = org.studysite.output.PackedScript.CHAR_BASE;
    static final JsonFactory JSON = new JsonFactory();

    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private ScriptFile() {
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
        return packed(key, json(body), null);
    }

    /** @param preset bytes the JSON is compressed against (deflate looks back 32 KB at most), or null */
    static OutputFile of(String key, Body body, byte[] preset) {
        return packed(key, json(body), preset);
    }

    /** The file {@code search/key.js} holding {@code data}, compressed (against {@code preset}, if not null). */
    static OutputFile packed(String key, byte[] data, byte[] preset) {
        // The page feeds a preset as one stored block, which holds at most 65,535 bytes.
        if (preset != null && preset.length > 32_768) throw new IllegalArgumentException("preset of " + preset.length + " bytes");
        return new OutputFile(new SitePath("search/" + key + ".js"), org.studysite.output.PackedScript.of(CALLBACK, data, preset));
    }
}
