package org.studysite.search;

/**
 * Which shard a key lives in: FNV-1a over the key's UTF-16 code units, modulo the shard count.
 * search.js computes the same ({@code Math.imul}), so no list of shard bounds needs shipping.
 */
final class ShardHash {
    private ShardHash() {
    }

    static int hash(String key) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    static int shard(String key, int shards) {
        return (int) (Integer.toUnsignedLong(hash(key)) % shards);
    }
}
