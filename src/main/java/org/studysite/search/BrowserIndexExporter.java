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
 * word?) in sorted chunks; term postings with precomputed scores ({@link TermScores}) in the
 * compact form of {@link PostingsCodec}, heads in hashed shards and the rest in score tiers of
 * doc-id blocks ({@link PostingTiers}); phrase word pairs in hashed shards; section metadata in
 * shards of {@link #DOCS_PER_SHARD}; one file per tag. A query loads only what its words need.
 */
final class BrowserIndexExporter {
    static final int DOCS_PER_SHARD = 4;
    /** Target size of a postings shard: small enough that a query loads little, large enough to keep file counts sane. */
    static final int SHARD_BYTES = 8_000;
    static final int SNIPPET_CHARS = 360;

    /** About this many bytes of vocabulary per dictionary chunk. */
    static final int DICT_BYTES = 6_000;
    private final SearchAnalyzer analyzer;
    private final int headSize;
    private final int blockPostings;

    /**
     * @param headSize postings kept in a term's shard (highest scores)
     * @param blockPostings postings per block of the rest ({@link PostingTiers})
     */
    BrowserIndexExporter(SearchAnalyzer analyzer, int headSize, int blockPostings) {
        this.analyzer = analyzer;
        this.headSize = headSize;
        this.blockPostings = blockPostings;
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

    /**
     * The vocabulary (sorted, as String.compareTo and JavaScript's {@code <} both order it) cut into
     * consecutive chunks of about {@link #DICT_BYTES}: {@code dict/N} holds chunk N, and the meta file
     * lists each chunk's first word, so the browser finds a word's chunk by binary search, and the
     * chunks a prefix spans as that one and those after it whose first word has the prefix.
     */
    private List<String> exportVocabulary(Vocabulary vocabulary, List<OutputFile> files) {
        List<String> firstWords = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        long size = 0;
        for (String surface : vocabulary.surfaces()) {
            if (size > DICT_BYTES) {
                writeChunk(vocabulary, chunk, firstWords, files);
                chunk = new ArrayList<>();
                size = 0;
            }
            chunk.add(surface);
            size += 2L * surface.length() + 12;
        }
        if (!chunk.isEmpty()) writeChunk(vocabulary, chunk, firstWords, files);
        return firstWords;
    }

    private static void writeChunk(Vocabulary vocabulary, List<String> chunk, List<String> firstWords, List<OutputFile> files) {
        files.add(ScriptFile.of("dict/" + firstWords.size(), json -> {
            json.writeStartArray();
            for (String s : chunk) {
                json.writeStartArray();
                json.writeString(s);
                json.writeString(vocabulary.stem(s));
                json.writeNumber(vocabulary.isStopWord(s) ? 1 : 0);
                json.writeEndArray();
            }
            json.writeEndArray();
        }));
        firstWords.add(chunk.get(0));
    }

    /**
     * Term postings in the compact form of {@link PostingsCodec}, laid out by {@link PostingTiers}: a
     * term's head goes in its hashed shard, with, for each tier, its best score, its size and the
     * first doc of each block; each block is a file of its own, loaded only for the sections whose
     * rank it can change.
     */
    private int exportPostings(IndexSearcher searcher, LeafReader leaf, List<OutputFile> files) throws IOException {
        ShardWriter heads = new ShardWriter("post");
        Map<String, Map<String, byte[]>> blocks = new TreeMap<>();
        TermScores.forEachTerm(searcher, leaf, p -> {
            PostingTiers layout = PostingTiers.of(p, headSize, blockPostings);
            heads.add(p.term(), ScriptFile.json(json -> writeHead(json, layout)));
            for (int t = 0; t < layout.tiers().size(); t++) {
                List<PostingTiers.Block> tier = layout.tiers().get(t).blocks();
                for (int b = 0; b < tier.size(); b++) {
                    PostingTiers.Block block = tier.get(b);
                    // Terms whose hashes collide share a file, each under its own key.
                    blocks.computeIfAbsent(blockFile(p.term(), t + 1, b), k -> new TreeMap<>())
                            .put(p.term(), ScriptFile.json(json -> PostingsCodec.write(json, block.docs(), block.scores())));
                }
            }
        });
        blocks.forEach((file, terms) -> files.add(ScriptFile.ofEntries(file, terms)));
        return heads.finish(files);
    }

    /** {@code [docs, scores, indexes]}, and for a term with tiers {@code [..., [[best, count, "first docs"], ...]]}. */
    private static void writeHead(JsonGenerator json, PostingTiers layout) throws IOException {
        json.writeStartArray();
        PostingsCodec.writeElements(json, layout.head().docs(), layout.head().scores());
        if (!layout.tiers().isEmpty()) {
            json.writeStartArray();
            for (PostingTiers.Tier tier : layout.tiers()) {
                json.writeStartArray();
                json.writeNumber(tier.max());
                json.writeNumber(tier.count());
                json.writeString(PostingsCodec.deltas(tier.firstDocs()));
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** search.js names the same file: tail/{hash hex}-{tier, from 1}-{block, from 0}. */
    static String blockFile(String term, int tier, int block) {
        return "tail/" + Integer.toHexString(ShardHash.hash(term)) + "-" + tier + "-" + block;
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

    /** A doc list in the postings' own form (PostingsCodec.deltas), so search.js reads every doc list one way. */
    private static void writeDeltas(JsonGenerator json, int[] docs) throws IOException {
        json.writeString(PostingsCodec.deltas(docs));
    }
}
