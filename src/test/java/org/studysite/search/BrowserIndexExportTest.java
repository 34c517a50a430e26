package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.studysite.model.NoteId;
import org.studysite.model.OutputFile;

/**
 * The whole browser export of a small index, read back the way search.js reads it: every word's
 * dictionary entry, every term's scores (head and every block), every phrase pair and what every
 * result shows come back as the exporter meant them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIndexExportTest {
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final List<SearchDocument> docs = new ArrayList<>();
    private SectionWords words;
    private Directory index;
    private Map<String, byte[]> files;
    private Map<String, Object> meta;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void export() {
        String[] pool = {"endpoint", "serverless", "inference", "latency", "batch", "transform", "payload", "the", "of", "models",
                "modelling", "model", "happy", "happiness", "scale_pos_weight", "training", "trains", "it's"};
        java.util.Random random = new java.util.Random(9);
        for (int n = 0; n < 6; n++) {
            NoteId note = new NoteId("topic/note-" + n);
            String page = "notes/topic/note-" + n + ".html";
            String title = "Note " + n + " Endpoint Models";
            String[][] sections = {
                    {"", title, title},
                    {"batch-transform", "Batch Transform", title + "\n" + "Batch Transform"},
                    {"31-latency-limits", "3.1 Latency Limits", "Batch Transform\n3.1 Latency Limits"},
                    {"-payload-size", "🔑 Payload Size", "🔑 Payload Size"},
                    {"batch-transform-1", "Batch Transform", "Odd Path"}};
            for (String[] s : sections) {
                StringBuilder text = new StringBuilder();
                for (int w = 0, k = 20 + random.nextInt(60); w < k; w++) text.append(pool[random.nextInt(pool.length)]).append(' ');
                String code = random.nextInt(3) == 0 ? "x = scale_pos_weight(batch=" + n + ")" : "";
                List<String> path = List.of(s[2].split("\n"));
                docs.add(new SearchDocument(docs.size(), note, s[0], s[0].isEmpty() ? page : page + "#" + s[0], title, s[1], path,
                        random.nextBoolean() ? List.of("exam-tip") : List.of(), text.toString().strip(), code));
            }
        }
        words = SectionWords.of(docs, analyzer);
        index = new LuceneIndexer().index(docs, words);
        files = new TreeMap<>();
        for (OutputFile f : new BrowserIndexExporter(2, 2).export(index, docs, words)) {
            String path = f.path().value();
            files.put(path.substring("search/".length(), path.length() - ".js".length()), f.bytes());
        }
        meta = (Map<String, Object>) read("meta");
    }

    private Object read(String key) {
        byte[] file = files.get(key);
        if (file == null) throw new AssertionError("no file " + key);
        return BrowserDecoder.json(file, key.startsWith("docs/") ? preset() : null);
    }

    private byte[] preset() {
        return BrowserDecoder.content(files.get("docs/preset"), null);
    }

    private int number(String name) {
        return ((Double) meta.get(name)).intValue();
    }

    /** The dictionary lists every word of the title, heading, tags, text and code as Lucene's tokenizer splits them, in String order. */
    @Test
    void dictionaryGivesEveryWordItsStemStemIdAndStopFlagInOrder() {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        for (SearchDocument d : docs) {
            words.addAll(LuceneAnalysis.tokens(LuceneAnalysis.SURFACE,
                    String.join("\n", d.noteTitle(), d.heading(), String.join(" ", d.tags()), d.text(), d.code())));
        }
        List<String> surfaces = List.copyOf(words);
        List<BrowserDecoder.DictEntry> entries = new ArrayList<>();
        List<?> firsts = (List<?>) meta.get("dict");
        for (int c = 0; c < firsts.size(); c++) {
            List<BrowserDecoder.DictEntry> chunk = BrowserDecoder.dictEntries(read("dict/" + c));
            assertEquals(firsts.get(c), chunk.get(0).surface(), "meta lists each chunk's first word");
            entries.addAll(chunk);
        }
        assertEquals(surfaces, entries.stream().map(BrowserDecoder.DictEntry::surface).toList());
        Map<String, Integer> firstWithStem = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            BrowserDecoder.DictEntry e = entries.get(i);
            String stem = LuceneAnalysis.tokens(LuceneAnalysis.STEMMED, e.surface()).get(0);
            firstWithStem.putIfAbsent(stem, i);
            assertEquals(stem, e.stem(), e.surface());
            assertEquals(firstWithStem.get(stem), e.id(), e.surface());
            assertEquals(SearchAnalyzer.STOP_WORDS.contains(e.surface()), e.stop(), e.surface());
        }
        assertTrue(entries.stream().anyMatch(e -> e.surface().equals("happy") && e.stem().equals("happi")), "stems that are no prefix");
        assertTrue(entries.stream().anyMatch(e -> e.surface().equals("models") && e.id() != surfaces.indexOf("models")),
                "a word sharing its stem with an earlier one has that one's id");
        assertTrue(entries.stream().anyMatch(e -> e.surface().equals("the") && e.stop()));
        assertTrue(entries.stream().anyMatch(e -> e.surface().equals("scale_pos_weight")), "code words too");
    }

    /** Every term's head and blocks, decoded with its model, give exactly TermScores' scores. */
    @Test
    @SuppressWarnings("unchecked")
    void everyTermsScoresComeBackExactly() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            Vocabulary vocabulary = words.vocabulary();
            LeafReader leaf = reader.leaves().get(0).reader();
            int shards = number("postShards");
            int[] tiered = {0};
            TermScores.forEachTerm(new IndexSearcher(reader), leaf, p -> {
                int id = vocabulary.stemId(p.term());
                List<Object> head = (List<Object>) ((Map<String, Object>) read("post/" + id % shards)).get(Integer.toString(id));
                BrowserDecoder.Model model = BrowserDecoder.readModel((String) head.get(1), number("fields"));
                Map<Integer, Float> scores = new TreeMap<>(BrowserDecoder.decode((String) head.get(0), (String) head.get(2), model));
                if (head.size() > 3) {
                    tiered[0]++;
                    List<List<Object>> tiers = (List<List<Object>>) head.get(3);
                    for (int t = 0; t < tiers.size(); t++) {
                        int[] starts = BrowserDecoder.undeltas(BrowserDecoder.varints((String) tiers.get(t).get(2)));
                        for (int b = 0; b < starts.length; b++) {
                            List<Object> block = (List<Object>) read("tail/" + id + "-" + (t + 1) + "-" + b);
                            Map<Integer, Float> part = BrowserDecoder.decode((String) block.get(0), (String) block.get(1), model);
                            assertEquals(starts[b], part.keySet().iterator().next(), "the head names each block's first doc");
                            for (Map.Entry<Integer, Float> e : part.entrySet()) {
                                assertTrue(e.getValue() <= ((Double) tiers.get(t).get(0)).floatValue(), "a tier's best bounds its blocks");
                                assertEquals(null, scores.put(e.getKey(), e.getValue()), "doc " + e.getKey() + " twice");
                            }
                        }
                    }
                }
                assertEquals(p.docs().length, scores.size(), p.term());
                for (int i = 0; i < p.docs().length; i++) {
                    assertEquals(Float.floatToIntBits(p.scores()[i]), Float.floatToIntBits(scores.get(p.docs()[i])), p.term() + " doc " + p.docs()[i]);
                }
            });
            assertTrue(tiered[0] > 5, "tiny heads: many terms have tiers");
        }
    }

    /** Every pair of neighbouring stems (Lucene's shingles of title, heading, text and code) comes back with exactly its sections. */
    @Test
    void everyPhrasePairIsFoundWithItsSections() {
        Map<List<Integer>, int[]> exported = new HashMap<>();
        List<List<Integer>> firsts = BrowserDecoder.runFirsts((String) read("phrase/index"));
        assertEquals(number("phraseShards"), firsts.size());
        assertTrue(firsts.size() > 1, "several runs");
        int run = 0;
        for (List<Integer> first : firsts) {
            Map<List<Integer>, int[]> pairs = BrowserDecoder.phraseRun(BrowserDecoder.content(files.get("phrase/" + run++), null),
                    number("idBits"), docs.size());
            assertEquals(first, pairs.keySet().iterator().next(), "the index names each run's first pair");
            exported.putAll(pairs);
        }
        Vocabulary vocabulary = words.vocabulary();
        Map<String, java.util.TreeSet<Integer>> expected = LuceneAnalysis.phrasePairs(docs);
        for (Map.Entry<String, java.util.TreeSet<Integer>> e : expected.entrySet()) {
            String[] pair = e.getKey().split(" ");
            int[] sections = exported.get(List.of(vocabulary.stemId(pair[0]), vocabulary.stemId(pair[1])));
            assertArrayEquals(e.getValue().stream().mapToInt(Integer::intValue).toArray(), sections, e.getKey());
        }
        assertEquals(expected.size(), exported.size());
        assertTrue(expected.size() > 100, "pairs across many runs: " + expected.size());
    }

    /** What search.js shows for each section: url (anchor derived or written), title, heading, path, tags, excerpt. */
    @Test
    @SuppressWarnings("unchecked")
    void everyResultShowsItsSection() {
        int perShard = number("docsPerShard");
        int written = 0;
        for (SearchDocument d : docs) {
            List<Object> notes = (List<Object>) read("docs/" + d.ord() / perShard);
            List<List<Object>> sections = new ArrayList<>();
            List<List<Object>> owners = new ArrayList<>();
            for (Object n : notes) {
                for (Object s : (List<Object>) ((List<Object>) n).get(2)) {
                    sections.add((List<Object>) s);
                    owners.add((List<Object>) n);
                }
            }
            List<Object> s = sections.get(d.ord() % perShard);
            List<Object> note = owners.get(d.ord() % perShard);
            String heading = (String) s.get(0);
            String anchor = s.size() > 4 ? (String) s.get(4) : heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_ -]", "").replace(' ', '-');
            if (s.size() > 4) written++;
            Object parents = s.get(3);
            String path = parents instanceof String p ? p : String.join(" › ", concat((List<String>) parents, heading));
            assertEquals(d.url(), anchor.isEmpty() ? note.get(0) : note.get(0) + "#" + anchor);
            assertEquals(d.noteTitle(), note.get(1));
            assertEquals(d.heading(), heading);
            assertEquals(String.join(" › ", d.path()), path);
            assertEquals(d.tags(), s.get(2));
            assertEquals(BrowserIndexExporter.snippetText(d), s.get(1));
            assertTrue(((String) s.get(1)).length() <= BrowserIndexExporter.SNIPPET_CHARS + 1);
        }
        assertTrue(written >= 2 * 6 && written < docs.size(), "anchors are written only where not derived: " + written);
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> out = new ArrayList<>(list);
        out.add(last);
        return out;
    }

    @Test
    void theSameIndexExportsTheSameBytes() {
        List<OutputFile> again = new BrowserIndexExporter(2, 2).export(index, docs, SectionWords.of(docs, analyzer));
        assertEquals(files.size(), again.size());
        for (OutputFile f : again) {
            String path = f.path().value();
            assertArrayEquals(files.get(path.substring("search/".length(), path.length() - 3)), f.bytes(), path);
        }
        assertFalse(files.isEmpty());
    }
}
