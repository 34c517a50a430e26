package org.studysite.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * The Server-Sent Events live.js reads, each a whole frame ({@code event:}, one {@code data:} line of
 * JSON, blank line). JSON never holds a raw line break, so one data line is always enough.
 */
final class Events {
    static final String KEEP_ALIVE = ": keep-alive\n\n";
    /** Reconnect soon after the server restarts: the writer is waiting to see the page. */
    private static final String RETRY = "retry: 1000\n";
    private static final JsonFactory JSON = new JsonFactory();

    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private Events() {
    }

    /** Sent on connect: where the site stands now. */
    static byte[] state(long version, List<String> problems) {
        return frame(RETRY, "state", json -> {
            json.writeNumberField("version", version);
            writeArray(json, "problems", problems);
        });
    }

    static byte[] change(long version, Collection<String> changed, List<String> problems) {
        return frame("", "change", json -> {
            json.writeNumberField("version", version);
            writeArray(json, "changed", changed);
            writeArray(json, "problems", problems);
        });
    }

    static byte[] problems(long version, List<String> problems) {
        return frame("", "problems", json -> {
            json.writeNumberField("version", version);
            writeArray(json, "problems", problems);
        });
    }

    private static byte[] frame(String prefix, String name, Fields fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((prefix + "event: " + name + "\ndata: ").getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void writeArray(JsonGenerator json, String field, Collection<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
