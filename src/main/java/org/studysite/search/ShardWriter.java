package org.studysite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studysite.model.OutputFile;

/**
 * Collects encoded entries, then writes them into hash shards of about
 * {@link BrowserIndexExporter#SHARD_BYTES} each ({@link ShardHash}); keys inside a shard are sorted,
 * so the files are the same bytes for the same index.
 */
final class ShardWriter {
    private final String folder;
    private final Map<String, byte[]> entries = new TreeMap<>();
    private long bytes;

    ShardWriter(String folder) {
        this.folder = folder;
    }

    void add(String key, byte[] json) {
        entries.put(key, json);
        bytes += key.length() + json.length + 4;
    }

    /** Writes the shards; returns how many there are. */
    int finish(List<OutputFile> files) {
        int shards = (int) Math.max(1, (bytes + BrowserIndexExporter.SHARD_BYTES - 1) / BrowserIndexExporter.SHARD_BYTES);
        List<Map<String, byte[]>> buckets = new ArrayList<>();
        for (int i = 0; i < shards; i++) buckets.add(new TreeMap<>());
        entries.forEach((k, v) -> buckets.get(ShardHash.shard(k, shards)).put(k, v));
        for (int i = 0; i < shards; i++) files.add(ScriptFile.ofEntries(folder + "/" + i, buckets.get(i)));
        return shards;
    }
}
