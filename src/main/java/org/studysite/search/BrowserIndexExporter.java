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

    private final SearchAnalyzer analyzer;

    BrowserIndexExporter(SearchAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<OutputFile> export(Directory index, List<SearchDocument> docs) {
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            if (reader.leaves().size() > 1) throw new IllegalStateException("expected one segment");
            List<OutputFile> files = new ArrayList<>();
            IndexSearcher searcher = new IndexSearcher(reader);
            if (reader.leaves().isEmpty()) {
                files.add(meta(docs.size(), List.of(), List.of(), List.of(), new TreeMap<>()));
                return files;
            }
            LeafReader leaf = reader.leaves().get(0).reader();
            Vocabulary vocabulary = new Vocabulary(reader, analyzer);
            List<String> dictKeys = exportVocabulary(vocabulary, files);
            List<String> postBounds = exportPostings(searcher, leaf, files);
            List<String> phraseBounds = exportPhrases(leaf, files);
            Map<String, Integer> tags = exportTags(leaf, files);
            exportDocs(docs, files);
            files.add(meta(docs.size(), dictKeys, postBounds, phraseBounds, tags));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shard key of a surface word: its first character if a-z, 0-9 or '_', else "u" and its hex code. */
    static String dictKey(String surface) {
        char c = surface.charAt(0);
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ? String.valueOf(c) : "u" + Integer.toHexString(c);
    }

    private List<String> exportVocabulary(Vocabulary vocabulary, List<OutputFile> files) {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (String s : vocabulary.surfaces()) byKey.computeIfAbsent(dictKey(s), k -> new ArrayList<>()).add(s);
        byKey.forEach((key, surfaces) -> files.add(ScriptFile.of("dict/" + key, json -> {
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
        return new ArrayList<>(byKey.keySet());
    }

    private static List<String> exportPostings(IndexSearcher searcher, LeafReader leaf, List<OutputFile> files) throws IOException {
        ShardWriter shards = new ShardWriter("post", files);
        TermScores.forEachTerm(searcher, leaf, p -> shards.add(p.term(), json -> {
            json.writeStartArray();
            writeDeltas(json, p.docs());
            json.writeStartArray();
            for (float s : p.scores()) json.writeNumber(s);
            json.writeEndArray();
            json.writeEndArray();
        }, 12 + p.docs().length * 14));
        return shards.finish();
    }

    private static List<String> exportPhrases(LeafReader leaf, List<OutputFile> files) throws IOException {
        ShardWriter shards = new ShardWriter("phrase", files);
        Terms terms = leaf.terms(SearchFields.PHRASE);
        if (terms != null) {
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                int[] docs = docs(it);
                shards.add(t.utf8ToString(), json -> writeDeltas(json, docs), 16 + docs.length * 4);
            }
        }
        return shards.finish();
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

    private OutputFile meta(int docs, List<String> dict, List<String> post, List<String> phrase, Map<String, Integer> tags) {
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
            writeStrings(json, "post", post);
            writeStrings(json, "phrase", phrase);
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
