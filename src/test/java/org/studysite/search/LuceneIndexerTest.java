package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.studysite.model.NoteId;

/**
 * The index is written from words split once ({@link SectionWords}) instead of by Lucene's analysis
 * of every field: it must hold exactly what that analysis would (same terms, frequencies and
 * lengths, so the same BM25 scores), in section order, and nothing else (no positions, nothing stored).
 */
class LuceneIndexerTest {
    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    private static List<SearchDocument> docs() {
        List<SearchDocument> docs = new ArrayList<>();
        String[][] texts = {
                {"Straße İstanbul ÉCOLE naïve café", "it's the model's job; don't stop", "scale_pos_weight = 3.14 # v2"},
                {"它是中文 ひらがな 🔑 emoji", "x".repeat(300) + " tail " + "Y".repeat(255) + "z", ""},
                {"", "The of AND a an", "def f(): return None"},
                {"Running runs RAN runner", "happiness happy happier", "print('hello')"},
        };
        Random random = new Random(3);
        String[] words = {"endpoint", "Serverless", "inference", "the", "of", "models", "modelling", "trains", "training", "it's", "3", "x2"};
        for (int n = 0; n < 40; n++) {
            NoteId note = new NoteId("folder/note-" + n);
            // Two notes in a row share a title: they are still split as two notes.
            String title = "Note " + (n / 2) + " Endpoint Models";
            for (int s = 0; s < 1 + random.nextInt(6); s++) {
                String[] t = texts[random.nextInt(texts.length)];
                StringBuilder text = new StringBuilder(t[1]);
                for (int w = random.nextInt(40); w > 0; w--) text.append(' ').append(words[random.nextInt(words.length)]);
                String heading = s == 0 ? title : t[0].isEmpty() ? "Heading " + s : t[0];
                List<String> path = s == 0 ? List.of(title) : List.of(title, "Parent Of " + s, heading);
                String anchor = s == 0 ? "" : "h-" + s;
                docs.add(new SearchDocument(docs.size(), note, anchor, "notes/" + note.value() + ".html" + (anchor.isEmpty() ? "" : "#" + anchor),
                        title, heading, path, random.nextBoolean() ? List.of("exam-tip", "aws/sagemaker") : List.of(), text.toString(), t[2]));
            }
        }
        return docs;
    }

    @Test
    void holdsWhatLucenesAnalysisWouldWithFrequenciesAndLengths() throws IOException {
        List<SearchDocument> docs = docs();
        try (Directory ours = new LuceneIndexer().index(docs, SectionWords.of(docs, analyzer));
             Directory reference = LuceneAnalysis.referenceIndex(docs);
             DirectoryReader a = DirectoryReader.open(ours);
             DirectoryReader b = DirectoryReader.open(reference)) {
            assertEquals(1, a.leaves().size());
            assertEquals(docs.size(), a.maxDoc());
            LeafReader leaf = a.leaves().get(0).reader();
            LeafReader expected = b.leaves().get(0).reader();
            int terms = 0;
            for (FieldInfo field : expected.getFieldInfos()) terms += sameField(field.name, leaf, expected, docs.size());
            assertTrue(terms > 100, "terms compared: " + terms);
            assertEquals(expected.getFieldInfos().size(), leaf.getFieldInfos().size(), "no other fields");
        }
    }

    private static int sameField(String field, LeafReader leaf, LeafReader expected, int maxDoc) throws IOException {
        Terms want = expected.terms(field);
        Terms got = leaf.terms(field);
        if (want == null) {
            assertEquals(null, got, field);
            return 0;
        }
        assertNotNull(got, field);
        assertEquals(want.size(), got.size(), field + " term count");
        assertEquals(want.getSumTotalTermFreq(), got.getSumTotalTermFreq(), field);
        assertEquals(want.getDocCount(), got.getDocCount(), field);
        TermsEnum w = want.iterator();
        TermsEnum g = got.iterator();
        int n = 0;
        for (BytesRef t = w.next(); t != null; t = w.next(), n++) {
            assertEquals(t, g.next(), field);
            PostingsEnum wp = w.postings(null, PostingsEnum.FREQS);
            PostingsEnum gp = g.postings(null, PostingsEnum.FREQS);
            for (int d = wp.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = wp.nextDoc()) {
                assertEquals(d, gp.nextDoc(), field + ":" + t.utf8ToString());
                assertEquals(wp.freq(), gp.freq(), field + ":" + t.utf8ToString() + " in " + d);
            }
            assertEquals(PostingsEnum.NO_MORE_DOCS, gp.nextDoc());
        }
        assertEquals(null, g.next(), field);
        NumericDocValues wn = expected.getNormValues(field);
        NumericDocValues gn = leaf.getNormValues(field);
        if (wn == null) {
            assertEquals(null, gn, field + " has no norms");
        } else {
            for (int d = 0; d < maxDoc; d++) {
                boolean has = wn.advanceExact(d);
                assertEquals(has, gn.advanceExact(d), field + " norm of " + d);
                if (has) assertEquals(wn.longValue(), gn.longValue(), field + " length of " + d);
            }
        }
        return n;
    }

    @Test
    void aCancelledIndexIsDroppedNotCommitted() throws IOException {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 600; i++) docs.addAll(docs());
        List<SearchDocument> many = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            SearchDocument d = docs.get(i);
            many.add(new SearchDocument(i, d.note(), d.anchor(), d.url(), d.noteTitle(), d.heading(), d.path(), d.tags(), d.text(), d.code()));
        }
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        try (Directory dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                    () -> new LuceneIndexer(new Cancellation(() -> asked.incrementAndGet() > 2)).index(many, SectionWords.of(many, analyzer), dir));
            assertEquals(3, asked.get(), "stopped at the third check, after 512 sections were added");
            assertFalse(org.apache.lucene.index.DirectoryReader.indexExists(dir), "nothing committed");
        }
    }

    @Test
    void keepsNoPositionsAndStoresNothing() throws IOException {
        List<SearchDocument> docs = docs();
        try (Directory index = new LuceneIndexer().index(docs, SectionWords.of(docs, analyzer));
             DirectoryReader reader = DirectoryReader.open(index)) {
            LeafReader leaf = reader.leaves().get(0).reader();
            for (FieldInfo f : leaf.getFieldInfos()) {
                assertTrue(f.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS) <= 0, f.name + ": " + f.getIndexOptions());
            }
            assertEquals(0, reader.storedFields().document(0).getFields().size());
        }
    }
}
