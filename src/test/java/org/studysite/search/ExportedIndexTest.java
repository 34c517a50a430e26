package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.model.NoteId;
import org.studysite.model.OutputFile;

/** The CLI reads the export back: every word, every phrase pair's sections and what every section shows, as written. */
class ExportedIndexTest {
    @TempDir
    Path tmp;

    @Test
    void readsBackVocabularyPhrasePairsAndShownSections() throws IOException {
        SearchAnalyzer analyzer = new SearchAnalyzer();
        List<SearchDocument> docs = docs();
        SectionWords words = SectionWords.of(docs, analyzer);
        try (Directory index = new LuceneIndexer().index(docs, words)) {
            // Tiny runs and blocks: a lookup has many phrase runs to pick from.
            for (OutputFile f : new BrowserIndexExporter(2, 2).export(index, docs, words)) {
                Path p = tmp.resolve(f.path().value());
                Files.createDirectories(p.getParent());
                Files.write(p, f.bytes());
            }
        }
        ExportedIndex export = ExportedIndex.open(tmp.resolve("search"));
        Vocabulary vocabulary = export.vocabulary(analyzer);
        assertEquals(words.vocabulary().surfaces(), vocabulary.surfaces());
        for (int i = 0; i < vocabulary.surfaces().size(); i++) {
            assertEquals(analyzer.stem(vocabulary.surfaces().get(i)), vocabulary.stemAt(i), vocabulary.surfaces().get(i));
        }
        Map<String, TreeSet<Integer>> pairs = LuceneAnalysis.phrasePairs(docs);
        assertTrue(pairs.size() > 50, "pairs: " + pairs.size());
        for (Map.Entry<String, TreeSet<Integer>> e : pairs.entrySet()) {
            String[] stems = e.getKey().split(" ");
            assertArrayEquals(e.getValue().stream().mapToInt(Integer::intValue).toArray(),
                    export.phraseDocs(vocabulary.stemId(stems[0]), vocabulary.stemId(stems[1])), e.getKey());
        }
        assertTrue(!pairs.containsKey("payload note"));
        assertEquals(0, export.phraseDocs(vocabulary.stemId("payload"), vocabulary.stemId("note")).length, "a pair that never occurs");
        for (SearchDocument d : docs) {
            ExportedIndex.Shown shown = export.shown(d.ord());
            assertEquals(new ExportedIndex.Shown(d.url(), d.noteTitle(), d.heading(), String.join(" › ", d.path()), d.tags(),
                    BrowserIndexExporter.snippetText(d)), shown);
        }
    }

    private static List<SearchDocument> docs() {
        String[] pool = {"endpoint", "serverless", "inference", "latency", "the", "of", "models", "model", "batch", "transform", "it's"};
        Random random = new Random(5);
        List<SearchDocument> docs = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            NoteId note = new NoteId("n/note-" + n);
            String page = "notes/n/note-" + n + ".html";
            String title = "Note " + n;
            String[][] sections = {{"", title, title}, {"batch-transform", "Batch Transform", title + "\nBatch Transform"},
                    {"-payload", "🔑 Payload", "🔑 Payload"}, {"batch-transform-1", "Batch Transform", "Elsewhere"}};
            for (String[] s : sections) {
                StringBuilder text = new StringBuilder();
                for (int w = 10 + random.nextInt(50); w > 0; w--) text.append(pool[random.nextInt(pool.length)]).append(' ');
                docs.add(new SearchDocument(docs.size(), note, s[0], s[0].isEmpty() ? page : page + "#" + s[0], title, s[1],
                        List.of(s[2].split("\n")), random.nextBoolean() ? List.of("exam-tip") : List.of(), text.toString().strip(),
                        random.nextInt(3) == 0 ? "x = batch_size(3)" : ""));
            }
        }
        return docs;
    }
}
