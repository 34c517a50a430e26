package org.studysite.search;

import java.util.ArrayList;
import java.util.List;
import org.studysite.model.OutputFile;

/**
 * Groups consecutive entries of a sorted key space into shard files of about
 * {@link BrowserIndexExporter#SHARD_BYTES}; returns the first key of each shard, which the browser
 * binary-searches to find the one shard a key lives in.
 */
final class ShardWriter {
    private final String folder;
    private final List<OutputFile> files;
    private final List<String> firstKeys = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final List<ScriptFile.Body> bodies = new ArrayList<>();
    private int bytes;

    ShardWriter(String folder, List<OutputFile> files) {
        this.folder = folder;
        this.files = files;
    }

    void add(String key, ScriptFile.Body value, int estimatedBytes) {
        if (bytes > 0 && bytes + estimatedBytes > BrowserIndexExporter.SHARD_BYTES) flush();
        keys.add(key);
        bodies.add(value);
        bytes += key.length() + estimatedBytes;
    }

    List<String> finish() {
        if (!keys.isEmpty()) flush();
        return firstKeys;
    }

    private void flush() {
        List<String> k = List.copyOf(keys);
        List<ScriptFile.Body> b = List.copyOf(bodies);
        firstKeys.add(k.get(0));
        files.add(ScriptFile.of(folder + "/" + (firstKeys.size() - 1), json -> {
            json.writeStartObject();
            for (int i = 0; i < k.size(); i++) {
                json.writeFieldName(k.get(i));
                b.get(i).write(json);
            }
            json.writeEndObject();
        }));
        keys.clear();
        bodies.clear();
        bytes = 0;
    }
}
