package org.studysite.search;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.studysite.model.OutputFile;

/**
 * Exports the Lucene index for the browser, read back through Lucene's APIs, as compressed script
 * files ({@link ScriptFile}) the page loads on demand (file:// safe). A query loads only what its
 * words need:
 * <ul>
 * <li>{@code meta}: counts, stop words, each dictionary chunk's first word, tag counts;
 * <li>{@code dict/N}: the vocabulary (surface word, stem, stem id, stop word?) in sorted chunks;
 * <li>{@code post/N}: each term's head postings with its score model ({@link PostingsCodec}), in
 *     shards by term id; {@code tail/ID-T-B}: block B of tier T of the rest ({@link PostingTiers});
 * <li>{@code phrase/N}: stemmed word pairs (as term ids) with their sections, in sorted runs of bits, and
 *     {@code phrase/index} with each run's first pair;
 * <li>{@code docs/N}: what a result shows for {@link #DOCS_PER_SHARD} sections, compressed against
 *     {@code docs/preset} (the vault's most frequent words); {@code tags/T}: one file per tag.
 * </ul>
 * Terms are named by id, the index of the first surface word with that stem ({@link Vocabulary#stemId}).
 */
final class BrowserIndexExporter {
    static final int DOCS_PER_SHARD = 16;
    /** Target size, before compression, of a shard of term heads. */
    static final int POST_BYTES = 16_000;
    /** Target size of a run of phrase pairs (bits, about what deflate leaves of them). */
    static final int PHRASE_BYTES = 16_000;
    /** About this many characters of vocabulary per dictionary chunk, before compression. */
    static final int DICT_BYTES = 12_000;
    /** A result's excerpt: the start of its section's prose (or code), cut at a word end. */
    static final int SNIPPET_CHARS = 160;
    /** Size of the preset dictionary result files are compressed against. */
    static final int DOCS_PRESET_BYTES = 6_000;

    private final Cancellation cancellation;
    private final int headSize;
    private final int blockPostings;
    private final int phraseBytes;

    /**
     * @param headSize postings kept in a term's shard (highest scores)
     * @param blockPostings postings per block of the rest ({@link PostingTiers}); a tiny layout (under
     *     16, for tests) also cuts phrase runs tiny, so that lookups cross runs there too
     */
    BrowserIndexExporter(int headSize, int blockPostings) {
        this(headSize, blockPostings, Cancellation.NEVER);
    }

    BrowserIndexExporter(int headSize, int blockPostings, Cancellation cancellation) {
        this.cancellation = cancellation;
        this.headSize = headSize;
        this.blockPostings = blockPostings;
        this.phraseBytes = blockPostings < 16 ? 64 : PHRASE_BYTES;
    }

    /** What the export takes from the words alone: the vocabulary, phrase pairs, tags and results (meta names them). */
    record Lexicon(List<OutputFile> files, List<String> dictKeys, int phraseShards, Map<String, Integer> tags) {
        Lexicon {
            files = List.copyOf(files);
            dictKeys = List.copyOf(dictKeys);
        }
    }

    /** The whole export: {@link #exportWords}, then {@link #exportIndex}. */
    List<OutputFile> export(Directory index, List<SearchDocument> docs, SectionWords words) {
        Lexicon lexicon = exportWords(docs, words);
        List<OutputFile> files = new ArrayList<>(lexicon.files());
        files.addAll(exportIndex(index, docs, words, lexicon));
        return files;
    }

    /** The parts that need no index, so they can be written while the index is (SearchIndexer). */
    Lexicon exportWords(List<SearchDocument> docs, SectionWords words) {
        List<OutputFile> files = new ArrayList<>();
        if (docs.isEmpty()) return new Lexicon(files, List.of(), 0, new TreeMap<>());
        Vocabulary vocabulary = words.vocabulary();
        // Checked between parts and in the long loops: a preview's search stops soon after the vault changes.
        List<String> dictKeys = exportVocabulary(vocabulary, files);
        cancellation.check();
        int phraseShards = exportPhrases(PhrasePairs.of(words, cancellation), vocabulary, docs.size(), files);
        cancellation.check();
        Map<String, Integer> tags = exportTags(docs, files);
        exportDocs(docs, files);
        return new Lexicon(files, dictKeys, phraseShards, tags);
    }

    /** Each term's postings and scores, read back from the index, and the meta file, which names every part. */
    List<OutputFile> exportIndex(Directory index, List<SearchDocument> docs, SectionWords words, Lexicon lexicon) {
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            // Section metadata is exported by list position; that is only right if doc id == ord (LuceneIndexer).
            if (reader.leaves().size() > 1 || reader.maxDoc() != docs.size() || words.sections().size() != docs.size()) {
                throw new IllegalStateException("search index is not one segment of every section");
            }
            // Leaves are empty exactly when there are no sections (checked above), and then never read.
            return postingsAndMeta(docs.size(), sink -> TermScores.forEachTerm(new IndexSearcher(reader), reader.leaves().get(0).reader(), sink),
                    words.vocabulary(), () -> lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #exportIndex}, with the postings and scores counted from the words ({@link WordScores})
     * instead of read back from an index: the same bytes, without waiting for Lucene (a live preview).
     * The lexicon is asked for only once the postings are out, so it can be written meanwhile.
     */
    List<OutputFile> exportIndex(List<SearchDocument> docs, SectionWords words, Supplier<Lexicon> lexiconWhenDone) {
        if (words.sections().size() != docs.size()) throw new IllegalStateException("words are not of every section");
        try {
            return postingsAndMeta(docs.size(), sink -> WordScores.forEachTerm(words, cancellation, sink), words.vocabulary(), lexiconWhenDone);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every term's postings from {@code terms} (none when there are no sections), then the meta file, which names every part. */
    private List<OutputFile> postingsAndMeta(int sections, TermSource terms, Vocabulary vocabulary, Supplier<Lexicon> lexiconWhenDone)
            throws IOException {
        List<OutputFile> files = new ArrayList<>();
        int postShards = sections == 0 ? 0 : exportPostings(terms, vocabulary, files);
        int idBits = sections == 0 ? 1 : idBits(vocabulary);
        Lexicon lexicon = lexiconWhenDone.get();
        files.add(meta(sections, lexicon.dictKeys(), postShards, lexicon.phraseShards(), idBits, lexicon.tags()));
        return files;
    }

    /** Where a term's postings come from: read back from an index, or counted from the words. */
    private interface TermSource {
        void forEachTerm(TermScores.Sink sink) throws IOException;
    }

    /**
     * The vocabulary (sorted, as String.compareTo and JavaScript's {@code <} both order it) cut into
     * consecutive chunks of about {@link #DICT_BYTES}: {@code dict/N} holds chunk N, and the meta file
     * lists each chunk's first word, so the browser finds a word's chunk by binary search, and the
     * chunks a prefix spans as that one and those after it whose first word has the prefix. A chunk
     * is {@code [index of its first word, "entry entry …"]}; an entry is the word, then, only where
     * they are not the default, {@code |drop|suffix} (the stem is the word less its last drop
     * characters, plus suffix; default: the word itself), {@code |back} (the stem's id is the word's
     * index less back; default 0: the word is the first with its stem) and {@code |1} (a stop word).
     */
    private List<String> exportVocabulary(Vocabulary vocabulary, List<OutputFile> files) {
        List<String> firstWords = new ArrayList<>();
        List<String> surfaces = vocabulary.surfaces();
        StringBuilder chunk = new StringBuilder();
        int start = 0;
        for (int i = 0; i < surfaces.size(); i++) {
            if (chunk.length() > DICT_BYTES) {
                writeChunk(firstWords, surfaces.get(start), start, chunk.toString(), files);
                chunk.setLength(0);
                start = i;
            }
            if (chunk.length() > 0) chunk.append(' ');
            chunk.append(dictEntry(vocabulary, i));
        }
        if (chunk.length() > 0) writeChunk(firstWords, surfaces.get(start), start, chunk.toString(), files);
        return firstWords;
    }

    static String dictEntry(Vocabulary vocabulary, int i) {
        String surface = vocabulary.surfaces().get(i);
        String stem = vocabulary.stemAt(i);
        int back = i - vocabulary.stemId(stem);
        boolean stop = vocabulary.isStopWord(surface);
        int common = 0;
        while (common < surface.length() && common < stem.length() && surface.charAt(common) == stem.charAt(common)) common++;
        StringBuilder entry = new StringBuilder(surface);
        if (!stem.equals(surface) || back > 0 || stop) entry.append('|').append(surface.length() - common).append('|').append(stem, common, stem.length());
        if (back > 0 || stop) entry.append('|').append(back);
        if (stop) entry.append("|1");
        return entry.toString();
    }

    private static void writeChunk(List<String> firstWords, String first, int start, String entries, List<OutputFile> files) {
        files.add(ScriptFile.of("dict/" + firstWords.size(), json -> {
            json.writeStartArray();
            json.writeNumber(start);
            json.writeString(entries);
            json.writeEndArray();
        }));
        firstWords.add(first);
    }

    /**
     * Term postings in the compact form of {@link PostingsCodec}, laid out by {@link PostingTiers}: a
     * term's head, with its score model and, for each tier, its best score, its size and the first
     * doc of each block, goes in shard {@code id % shards}, keyed by id; each block is a file of its
     * own, loaded only for the sections whose rank it can change.
     */
    private int exportPostings(TermSource terms, Vocabulary vocabulary, List<OutputFile> files) throws IOException {
        Map<Integer, byte[]> heads = new TreeMap<>();
        long bytes = 0;
        // Reading a term's postings back is a third of the work, encoding them the rest, and each term
        // encodes on its own: so terms are encoded on every core while this thread reads the next.
        List<Future<EncodedTerm>> encoded = new ArrayList<>();
        ThreadPoolExecutor encoders = encoders();
        try {
            terms.forEachTerm(p -> {
                cancellation.check();
                int id = vocabulary.stemId(p.term());
                if (id < 0) throw new IllegalStateException("term '" + p.term() + "' is no stem of the vocabulary");
                encoded.add(encoders.submit(() -> encode(id, p)));
            });
            for (Future<EncodedTerm> term : encoded) {
                EncodedTerm t = SearchIndexer.done(term);
                heads.put(t.id(), t.head());
                bytes += t.head().length + 10;
                files.addAll(t.blocks());
            }
        } finally {
            encoders.shutdownNow();
        }
        int shards = (int) Math.max(1, (bytes + POST_BYTES - 1) / POST_BYTES);
        List<Map<String, byte[]>> buckets = new ArrayList<>();
        for (int i = 0; i < shards; i++) buckets.add(new java.util.LinkedHashMap<>());
        heads.forEach((id, head) -> buckets.get(id % shards).put(Integer.toString(id), head));
        for (int i = 0; i < shards; i++) files.add(ScriptFile.ofEntries("post/" + i, buckets.get(i)));
        return shards;
    }

    /** A term's head (for its shard) and its block files. */
    private record EncodedTerm(int id, byte[] head, List<OutputFile> blocks) {
    }

    private EncodedTerm encode(int id, TermScores.Postings p) {
        cancellation.check();
        PostingTiers layout = PostingTiers.of(p, headSize, blockPostings);
        PostingsCodec.Model model = PostingsCodec.Model.of(p);
        byte[] head = ScriptFile.json(json -> writeHead(json, p, model, layout));
        List<OutputFile> blocks = new ArrayList<>();
        for (int t = 0; t < layout.tiers().size(); t++) {
            List<PostingTiers.Block> tier = layout.tiers().get(t).blocks();
            for (int b = 0; b < tier.size(); b++) {
                PostingTiers.Block block = tier.get(b);
                blocks.add(ScriptFile.of(blockFile(id, t + 1, b), json -> writeStrings(json, PostingsCodec.block(p, model, block.at()))));
            }
        }
        return new EncodedTerm(id, head, blocks);
    }

    /**
     * One encoder per core; when they are all busy and a few terms wait, the reading thread encodes
     * the next term itself, so terms read but not yet encoded (their postings in memory) stay few.
     */
    private static ThreadPoolExecutor encoders() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ThreadPoolExecutor(cores, cores, 1, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(4 * cores), runnable -> {
                    Thread thread = new Thread(runnable, "studysite-postings");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** {@code [docs, model, codes]}, and for a term with tiers {@code [..., [[best, count, "first docs"], ...]]}. */
    private static void writeHead(JsonGenerator json, TermScores.Postings p, PostingsCodec.Model model, PostingTiers layout) throws IOException {
        json.writeStartArray();
        for (String s : PostingsCodec.head(p, model, layout.head().at())) json.writeString(s);
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

    /** search.js names the same file: tail/{term id}-{tier, from 1}-{block, from 0}. */
    static String blockFile(int termId, int tier, int block) {
        return "tail/" + termId + "-" + tier + "-" + block;
    }

    /**
     * Phrase pairs as (first term id, second term id), sorted, with their sections, cut into runs of
     * about {@link #PHRASE_BYTES}. A run {@code phrase/N} is bits ({@link BitWriter}): the number of
     * pairs less one (gamma), then per pair: the rise of the first id from the pair before (gamma; a
     * run starts from 0); the second id, in {@code idBits} bits if the first id rose, else its rise
     * from the pair before less one (gamma; a run starts from -1); the number of sections less one
     * (gamma); the first section and each following gap less one (Rice, with the parameter both sides
     * compute from that number and the section count). Doc ids are random here, so bits beat deflate.
     * {@code phrase/index} lists each run's first pair as varints (rise, then second id, or its rise),
     * so the browser finds a pair's run by binary search.
     */
    private int exportPhrases(PhrasePairs pairs, Vocabulary vocabulary, int sections, List<OutputFile> files) {
        if (pairs.size() == 0) return 0;
        int idBits = idBits(vocabulary);
        StringBuilder index = new StringBuilder();
        long[] previousFirst = {0, 0};
        List<Pair> run = new ArrayList<>();
        int[] runBytes = {0};
        int[] shards = {0};
        pairs.forEach((a, b, docs) -> {
            if (runBytes[0] > phraseBytes) {
                cancellation.check();
                files.add(phraseRun(shards[0]++, run, idBits, sections));
                run.clear();
                runBytes[0] = 0;
            }
            if (run.isEmpty()) {
                int rise = (int) (a - previousFirst[0]);
                PostingsCodec.varint(index, rise);
                PostingsCodec.varint(index, (int) (rise > 0 ? b : b - previousFirst[1]));
                previousFirst[0] = a;
                previousFirst[1] = b;
            }
            run.add(new Pair(a, b, docs));
            runBytes[0] += 3 + docs.length * 3 / 2;
        });
        if (!run.isEmpty()) files.add(phraseRun(shards[0]++, run, idBits, sections));
        String firsts = index.toString();
        files.add(ScriptFile.of("phrase/index", json -> json.writeString(firsts)));
        return shards[0];
    }

    private record Pair(int first, int second, int[] docs) {
    }

    /** Bits enough for any term id. */
    static int idBits(Vocabulary vocabulary) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, vocabulary.surfaces().size() - 1));
    }

    private static OutputFile phraseRun(int n, List<Pair> run, int idBits, int sections) {
        BitWriter bits = new BitWriter();
        bits.gamma(run.size() - 1);
        int previousA = 0;
        int previousB = -1;
        for (Pair e : run) {
            int a = e.first();
            int b = e.second();
            bits.gamma(a - previousA);
            if (a > previousA) bits.bits(b, idBits);
            else bits.gamma(b - previousB - 1);
            previousA = a;
            previousB = b;
            int[] docs = e.docs();
            bits.gamma(docs.length - 1);
            int k = BitWriter.riceParameter(docs.length, sections);
            for (int i = 0; i < docs.length; i++) bits.rice(i == 0 ? docs[0] : docs[i] - docs[i - 1] - 1, k);
        }
        return ScriptFile.packed("phrase/" + n, bits.toBytes(), null);
    }

    /** One file per tag, {@code tags/T}: the sections with the tag, as varint deltas; and each tag's count for meta. */
    private static Map<String, Integer> exportTags(List<SearchDocument> docs, List<OutputFile> files) {
        Map<String, List<Integer>> sections = new TreeMap<>();
        for (SearchDocument d : docs) for (String tag : d.tags()) sections.computeIfAbsent(tag, t -> new ArrayList<>()).add(d.ord());
        Map<String, Integer> counts = new TreeMap<>();
        sections.forEach((tag, ords) -> {
            counts.put(tag, ords.size());
            int[] ascending = ords.stream().mapToInt(Integer::intValue).toArray();
            files.add(ScriptFile.of("tags/" + tag, json -> json.writeString(PostingsCodec.deltas(ascending))));
        });
        return counts;
    }

    /**
     * What a result shows, {@link #DOCS_PER_SHARD} sections a file: {@code [[page, note title,
     * [section, …]], …]}, one entry per note in the file, a section being {@code [heading, excerpt,
     * [tags], parents, anchor]}. Parents are the headings above it (its path less its own heading; the
     * whole path as a string if it does not end with the heading). The anchor is left out where the
     * browser derives it: an ASCII heading's GitHub slug ({@link #asciiSlug}). Files are compressed
     * against {@code docs/preset}, the words that occur most in them.
     */
    private void exportDocs(List<SearchDocument> docs, List<OutputFile> files) {
        byte[] preset = docsPreset(docs);
        files.add(ScriptFile.packed("docs/preset", preset, null));
        for (int from = 0; from < docs.size(); from += DOCS_PER_SHARD) {
            if (from % (64 * DOCS_PER_SHARD) == 0) cancellation.check();
            List<SearchDocument> shard = docs.subList(from, Math.min(docs.size(), from + DOCS_PER_SHARD));
            files.add(ScriptFile.of("docs/" + from / DOCS_PER_SHARD, json -> writeDocs(json, shard), preset));
        }
    }

    private static void writeDocs(JsonGenerator json, List<SearchDocument> shard) throws IOException {
        json.writeStartArray();
        String openPage = null;
        String openTitle = null;
        for (SearchDocument d : shard) {
            String page = page(d);
            if (!page.equals(openPage) || !d.noteTitle().equals(openTitle)) {
                if (openPage != null) {
                    json.writeEndArray();
                    json.writeEndArray();
                }
                json.writeStartArray();
                json.writeString(page);
                json.writeString(d.noteTitle());
                json.writeStartArray();
                openPage = page;
                openTitle = d.noteTitle();
            }
            json.writeStartArray();
            json.writeString(d.heading());
            json.writeString(snippetText(d));
            json.writeStartArray();
            for (String tag : d.tags()) json.writeString(tag);
            json.writeEndArray();
            List<String> path = d.path();
            if (!path.isEmpty() && path.get(path.size() - 1).equals(d.heading())) {
                json.writeStartArray();
                for (String h : path.subList(0, path.size() - 1)) json.writeString(h);
                json.writeEndArray();
            } else {
                json.writeString(String.join(" › ", path));
            }
            if (!d.anchor().equals(asciiSlug(d.heading()))) json.writeString(d.anchor());
            json.writeEndArray();
        }
        if (openPage != null) {
            json.writeEndArray();
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** The section's page: its url less "#anchor". */
    private static String page(SearchDocument d) {
        if (d.anchor().isEmpty()) return d.url();
        String suffix = org.studysite.url.Hrefs.fragment(d.anchor());
        if (!d.url().endsWith(suffix)) throw new IllegalStateException("url " + d.url() + " does not end with its anchor");
        return d.url().substring(0, d.url().length() - suffix.length());
    }

    /**
     * The GitHub slug of an ASCII heading as search.js computes it (lower case; only letters, digits,
     * '_', '-' and spaces kept; spaces to '-'); null for a heading with other characters, whose anchor
     * is always written out. For ASCII text this is exactly HeadingIds.slug.
     */
    static String asciiSlug(String heading) {
        StringBuilder slug = new StringBuilder(heading.length());
        for (int i = 0; i < heading.length(); i++) {
            char c = heading.charAt(i);
            if (c >= 128) return null;
            char lower = Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9') || lower == '_' || lower == '-') slug.append(lower);
            else if (lower == ' ') slug.append('-');
        }
        return slug.toString();
    }

    /** The excerpt a result shows: the section's prose (or its code, if it has no prose), cut near {@link #SNIPPET_CHARS} at a word end. */
    static String snippetText(SearchDocument d) {
        String text = (d.text().isEmpty() ? d.code() : d.text()).strip();
        if (text.length() <= SNIPPET_CHARS) return text;
        int cut = SNIPPET_CHARS;
        int space = text.lastIndexOf(' ', cut);
        if (space > SNIPPET_CHARS * 3 / 4) cut = space;
        else if (Character.isLowSurrogate(text.charAt(cut))) cut--;
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /**
     * The preset dictionary of result files: the words worth most (occurrences × length) in their
     * text, lowest first (deflate reaches the end of a dictionary most cheaply), ties by word.
     */
    static byte[] docsPreset(List<SearchDocument> docs) {
        Map<String, Integer> counts = new HashMap<>();
        for (SearchDocument d : docs) {
            for (String text : List.of(d.noteTitle(), d.heading(), snippetText(d), page(d), String.join(" ", d.path()))) {
                countWords(text, counts);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.removeIf(e -> e.getValue() < 2);
        ranked.sort((a, b) -> {
            long va = (long) a.getValue() * (a.getKey().length() + 1);
            long vb = (long) b.getValue() * (b.getKey().length() + 1);
            return va != vb ? Long.compare(vb, va) : a.getKey().compareTo(b.getKey());
        });
        List<String> chosen = new ArrayList<>();
        int size = 0;
        for (Map.Entry<String, Integer> e : ranked) {
            int bytes = e.getKey().getBytes(StandardCharsets.UTF_8).length + 1;
            if (size + bytes > DOCS_PRESET_BYTES) break;
            chosen.add(e.getKey());
            size += bytes;
        }
        java.util.Collections.reverse(chosen);
        return String.join(" ", chosen).getBytes(StandardCharsets.UTF_8);
    }

    /** Counts the words of three or more characters: runs of letters, numbers (any kind) and '_'. */
    static void countWords(String text, Map<String, Integer> counts) {
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            boolean word = Character.isLetter(c) || c == '_' || switch (Character.getType(c)) {
                case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                default -> false;
            };
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                if (i - start >= 3) counts.merge(text.substring(start, i), 1, Integer::sum);
                start = -1;
            }
            i += i < text.length() ? Character.charCount(c) : 1;
        }
    }

    private OutputFile meta(int docs, List<String> dict, int postShards, int phraseShards, int idBits, Map<String, Integer> tags) {
        return ScriptFile.of("meta", json -> {
            json.writeStartObject();
            json.writeNumberField("version", 2);
            json.writeNumberField("docs", docs);
            json.writeNumberField("docsPerShard", DOCS_PER_SHARD);
            json.writeNumberField("variantWeight", QueryBuilder.VARIANT_WEIGHT);
            json.writeNumberField("expansions", Vocabulary.EXPANSIONS);
            json.writeNumberField("fuzzyMinLength", Vocabulary.FUZZY_MIN_LENGTH);
            json.writeNumberField("fields", SearchFields.BOOSTS.size());
            writeStrings(json, "stop", SearchAnalyzer.STOP_WORDS.stream().map(o -> new String((char[]) o)).sorted().toList());
            writeStrings(json, "dict", dict);
            json.writeNumberField("postShards", postShards);
            json.writeNumberField("phraseShards", phraseShards);
            json.writeNumberField("idBits", idBits);
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

    private static void writeStrings(JsonGenerator json, List<String> values) throws IOException {
        json.writeStartArray();
        for (String v : values) json.writeString(v);
        json.writeEndArray();
    }
}
