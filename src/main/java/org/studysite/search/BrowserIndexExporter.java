package org.studysite.search;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.studysite.model.OutputFile;

/**
 * Exports the Lucene index for the browser, read back through Lucene's APIs, as script files the
 * page loads on demand (file:// safe): a small meta file; the vocabulary (surface word, stem, stop
 * word?) in one file per first letter; term postings with precomputed scores ({@link TermScores})
 * in shards of sorted terms; phrase word pairs likewise; section metadata in shards of
 * {@link #DOCS_PER_SHARD}; one file per tag. A query loads only the shards its words need.
 */
final class BrowserIndexExporter {
    static final int DOCS_PER_SHARD = 16;
    /** Target size of a postings shard: small enough that a query loads little, large enough to keep file counts sane. */
    static final int SHARD_BYTES = 12_000;
    static final int SNIPPET_CHARS = 360;

    /** A dictionary shard is split by a longer prefix when larger than this. */
    static final int DICT_BYTES = 12_000;
    private final SearchAnalyzer analyzer;
    private final int headSize;

    /** @param headSize postings kept in a term's shard (highest scores); the rest go to its tail file */
    BrowserIndexExporter(SearchAnalyzer analyzer, int headSize) {
        this.analyzer = analyzer;
        this.headSize = headSize;
    }

    List<OutputFile> export(Directory index, List<SearchDocument> docs) {
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            // Section metadata is exported by list position; that is only right if doc id == ord (LuceneIndexer).
            if (reader.leaves().size() > 1 || reader.maxDoc() != docs.size()
                    || (!docs.isEmpty() && reader.storedFields().document(docs.size() - 1).getField(SearchFields.ORD)
                            .numericValue().intValue() != docs.size() - 1)) {
                throw new IllegalStateException("search index is not one segment in section order");
            }
            List<OutputFile> files = new ArrayList<>();
            IndexSearcher searcher = new IndexSearcher(reader);
            if (reader.leaves().isEmpty()) {
                files.add(meta(docs.size(), List.of(), 0, 0, new TreeMap<>()));
                return files;
            }
            LeafReader leaf = reader.leaves().get(0).reader();
            Vocabulary vocabulary = new Vocabulary(reader, analyzer);
            List<String> dictKeys = exportVocabulary(vocabulary, files);
            int postShards = exportPostings(searcher, leaf, files);
            int phraseShards = exportPhrases(leaf, files);
            Map<String, Integer> tags = exportTags(leaf, files);
            exportDocs(docs, files);
            files.add(meta(docs.size(), dictKeys, postShards, phraseShards, tags));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dictionary key as a file name: a-z, 0-9 and '_' as they are, any other character as "~hex~". */
    static String fileName(String key) {
        StringBuilder name = new StringBuilder();
        for (char c : key.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') name.append(c);
            else name.append('~').append(Integer.toHexString(c)).append('~');
        }
        return name.toString();
    }

    /**
     * The vocabulary in shards keyed by prefix: one per first letter, split by one more letter while
     * larger than {@link #DICT_BYTES} (a word equal to a split prefix stays under that prefix). The
     * browser looks a word up under the longest listed key it starts with, and scans the keys that
     * start with a typed prefix, in order, for prefix matches.
     */
    private List<String> exportVocabulary(Vocabulary vocabulary, List<OutputFile> files) {
        Map<String, List<String>> shards = new TreeMap<>();
        Map<String, List<String>> byFirst = new TreeMap<>();
        for (String s : vocabulary.surfaces()) byFirst.computeIfAbsent(s.substring(0, 1), k -> new ArrayList<>()).add(s);
        byFirst.forEach((prefix, words) -> split(prefix, words, shards));
        shards.forEach((key, surfaces) -> files.add(ScriptFile.of("dict/" + fileName(key), json -> {
            json.writeStartArray();
            for (String s : surfaces) {
                json.writeStartArray();
                json.writeString(s);
                json.writeString(vocabulary.stem(s));
                json.writeNumber(vocabulary.isStopWord(s) ? 1 : 0);
                json.writeEndArray();
            }
            json.writeEndArray();
        })));
        return new ArrayList<>(shards.keySet());
    }

    private static void split(String prefix, List<String> words, Map<String, List<String>> shards) {
        long size = words.stream().mapToLong(w -> 2L * w.length() + 12).sum();
        if (size <= DICT_BYTES || prefix.length() >= 6) {
            shards.put(prefix, words);
            return;
        }
        Map<String, List<String>> children = new TreeMap<>();
        for (String w : words) {
            String child = w.length() > prefix.length() ? w.substring(0, prefix.length() + 1) : prefix;
            children.computeIfAbsent(child, k -> new ArrayList<>()).add(w);
        }
        children.forEach((child, list) -> {
            if (child.equals(prefix)) shards.put(prefix, list);
            else split(child, list, shards);
        });
    }

    /**
     * Term postings, impact-ordered: a term's {@code headSize} best-scoring sections go in its shard
     * (with the best score among the rest, so the browser can bound what it has not loaded); the rest
     * go to tail parts of growing size, which the browser loads one at a time, only while that bound
     * says the top results could still change.
     */
    private int exportPostings(IndexSearcher searcher, LeafReader leaf, List<OutputFile> files) throws IOException {
        ShardWriter heads = new ShardWriter("post");
        Map<String, Map<String, byte[]>> tails = new TreeMap<>();
        TermScores.forEachTerm(searcher, leaf, p -> {
            if (p.docs().length <= headSize) {
                heads.add(p.term(), ScriptFile.json(json -> writePostings(json, p.docs(), p.scores(), -1f)));
                return;
            }
            Integer[] order = new Integer[p.docs().length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            java.util.Arrays.sort(order, (a, b) -> p.scores()[a] != p.scores()[b]
                    ? Float.compare(p.scores()[b], p.scores()[a]) : Integer.compare(p.docs()[a], p.docs()[b]));
            // Impact-ordered chunks: the head, then 4x and 16x its size, then the rest. Each part
            // carries the best score of what comes after it, the bound search.js tests before loading more.
            List<int[]> parts = new ArrayList<>();
            int from = 0;
            for (int size = headSize, k = 0; from < order.length; k++) {
                int to = k == 3 ? order.length : Math.min(order.length, from + size);
                parts.add(new int[] {from, to});
                from = to;
                size = k == 0 ? headSize * 4 : headSize * 16;
            }
            for (int c = 0; c < parts.size(); c++) {
                int[] idx = java.util.Arrays.stream(order, parts.get(c)[0], parts.get(c)[1]).mapToInt(Integer::intValue).sorted().toArray();
                float next = c + 1 < parts.size() ? p.scores()[order[parts.get(c + 1)[0]]] : -1f;
                byte[] json = ScriptFile.json(g -> writePostings(g, pick(p.docs(), idx), pick(p.scores(), idx), next));
                if (c == 0) heads.add(p.term(), json);
                else tails.computeIfAbsent(tailFile(p.term()) + "-" + c, k -> new TreeMap<>()).put(p.term(), json);
            }
        });
        tails.forEach((file, terms) -> files.add(ScriptFile.ofEntries("tail/" + file, terms)));
        return heads.finish(files);
    }

    static String tailFile(String term) {
        return Integer.toHexString(ShardHash.hash(term));
    }

    private static int[] pick(int[] values, int[] idx) {
        return java.util.Arrays.stream(idx).map(i -> values[i]).toArray();
    }

    private static float[] pick(float[] values, int[] idx) {
        float[] out = new float[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = values[idx[i]];
        return out;
    }

    /** {@code [doc deltas, scores]}, or with more parts to come, {@code [doc deltas, scores, best score still to come]}. */
    private static void writePostings(JsonGenerator json, int[] docs, float[] scores, float threshold) throws IOException {
        json.writeStartArray();
        writeDeltas(json, docs);
        json.writeStartArray();
        for (float s : scores) json.writeNumber(s);
        json.writeEndArray();
        if (threshold >= 0) json.writeNumber(threshold);
        json.writeEndArray();
    }

    private static int exportPhrases(LeafReader leaf, List<OutputFile> files) throws IOException {
        ShardWriter shards = new ShardWriter("phrase");
        Terms terms = leaf.terms(SearchFields.PHRASE);
        if (terms != null) {
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                int[] docs = docs(it);
                shards.add(t.utf8ToString(), ScriptFile.json(json -> writeDeltas(json, docs)));
            }
        }
        return shards.finish(files);
    }

    private static Map<String, Integer> exportTags(LeafReader leaf, List<OutputFile> files) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        Terms terms = leaf.terms(SearchFields.TAG);
        if (terms == null) return counts;
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            String tag = t.utf8ToString();
            int[] docs = docs(it);
            counts.put(tag, docs.length);
            files.add(ScriptFile.of("tags/" + tag, json -> writeDeltas(json, docs)));
        }
        return counts;
    }

    private static void exportDocs(List<SearchDocument> docs, List<OutputFile> files) {
        for (int from = 0; from < docs.size(); from += DOCS_PER_SHARD) {
            List<SearchDocument> shard = docs.subList(from, Math.min(docs.size(), from + DOCS_PER_SHARD));
            files.add(ScriptFile.of("docs/" + from / DOCS_PER_SHARD, json -> {
                json.writeStartArray();
                for (SearchDocument d : shard) {
                    json.writeStartArray();
                    json.writeString(d.url());
                    json.writeString(d.noteTitle());
                    json.writeString(d.heading());
                    json.writeString(String.join(" › ", d.path()));
                    json.writeStartArray();
                    for (String tag : d.tags()) json.writeString(tag);
                    json.writeEndArray();
                    json.writeString(snippetText(d));
                    json.writeEndArray();
                }
                json.writeEndArray();
            }));
        }
    }

    static String snippetText(SearchDocument d) {
        String text = d.text().isEmpty() ? d.code() : d.text();
        return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS);
    }

    private OutputFile meta(int docs, List<String> dict, int postShards, int phraseShards, Map<String, Integer> tags) {
        return ScriptFile.of("meta", json -> {
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeNumberField("docs", docs);
            json.writeNumberField("docsPerShard", DOCS_PER_SHARD);
            json.writeNumberField("variantWeight", QueryBuilder.VARIANT_WEIGHT);
            json.writeNumberField("expansions", Vocabulary.EXPANSIONS);
            json.writeNumberField("fuzzyMinLength", Vocabulary.FUZZY_MIN_LENGTH);
            writeStrings(json, "stop", SearchAnalyzer.STOP_WORDS.stream().map(o -> new String((char[]) o)).sorted().toList());
            writeStrings(json, "dict", dict);
            json.writeNumberField("postShards", postShards);
            json.writeNumberField("phraseShards", phraseShards);
            json.writeObjectFieldStart("tags");
            for (Map.Entry<String, Integer> t : tags.entrySet()) json.writeNumberField(t.getKey(), t.getValue());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    private static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) json.writeString(v);
        json.writeEndArray();
    }

    private static int[] docs(TermsEnum it) throws IOException {
        PostingsEnum postings = it.postings(null, PostingsEnum.NONE);
        int[] docs = new int[it.docFreq()];
        int n = 0;
        for (int d = postings.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = postings.nextDoc()) docs[n++] = d;
        return java.util.Arrays.copyOf(docs, n);
    }

    private static void writeDeltas(JsonGenerator json, int[] docs) throws IOException {
        json.writeStartArray();
        int previous = 0;
        for (int d : docs) {
            json.writeNumber(d - previous);
            previous = d;
        }
        json.writeEndArray();
    }
}
