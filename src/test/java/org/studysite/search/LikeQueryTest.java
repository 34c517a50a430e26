package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.studysite.model.NoteId;

/** LikeQuery is Lucene's MoreLikeThis without re-analysing the text: for every note, the very same query (clauses in the same order). */
class LikeQueryTest {
    @Test
    void sameQueryAsMoreLikeThisForEveryNote() throws IOException {
        SearchAnalyzer analyzer = new SearchAnalyzer();
        List<SearchDocument> docs = docs();
        SectionWords words = SectionWords.of(docs, analyzer);
        try (Directory index = new LuceneIndexer().index(docs, words); DirectoryReader reader = DirectoryReader.open(index)) {
            int maxDocFreq = 30;
            LikeQuery like = new LikeQuery(reader, words, 2, 2, maxDocFreq, 15);
            int nonEmpty = 0;
            for (int from = 0, to; from < docs.size(); from = to) {
                to = from;
                while (to < docs.size() && docs.get(to).note().equals(docs.get(from).note())) to++;
                Query expected = moreLikeThis(reader, analyzer, docs.subList(from, to), maxDocFreq);
                Query actual = like.of(from, to);
                // In the same order: BooleanQuery#equals would not tell.
                assertEquals(((BooleanQuery) expected).clauses(), ((BooleanQuery) actual).clauses(), docs.get(from).note().value());
                if (!((BooleanQuery) actual).clauses().isEmpty()) nonEmpty++;
            }
            assertTrue(nonEmpty > 10, "most notes have telling words: " + nonEmpty);
        }
    }

    private static Query moreLikeThis(DirectoryReader reader, SearchAnalyzer analyzer, List<SearchDocument> sections, int maxDocFreq)
            throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer.scoring());
        mlt.setFieldNames(new String[] {SearchFields.HEADING, SearchFields.TEXT});
        mlt.setMinTermFreq(2);
        mlt.setMinDocFreq(2);
        mlt.setMaxDocFreq(maxDocFreq);
        mlt.setMaxQueryTerms(15);
        Collection<Object> headings = new ArrayList<>();
        Collection<Object> texts = new ArrayList<>();
        for (SearchDocument s : sections) {
            headings.add(s.heading());
            texts.add(s.text());
        }
        return mlt.like(Map.of(SearchFields.HEADING, headings, SearchFields.TEXT, texts));
    }

    /**
     * Notes on a few topics of 40 words each (more telling words than a query takes, many with the
     * same tf-idf), headings repeated, one text longer than MoreLikeThis reads.
     */
    private static List<SearchDocument> docs() {
        String[] common = {"the", "model", "data", "training", "of", "and", "uses", "using"};
        String[][] topics = new String[4][40];
        for (int t = 0; t < topics.length; t++) {
            for (int w = 0; w < topics[t].length; w++) topics[t][w] = List.of("endpoint", "drift", "feature", "spot").get(t) + (char) ('a' + w % 26) + w / 26;
        }
        Random random = new Random(11);
        List<SearchDocument> docs = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            String[] topic = topics[n % topics.length];
            NoteId note = new NoteId("t/note-" + n);
            for (int s = 0; s < 2 + random.nextInt(4); s++) {
                StringBuilder text = new StringBuilder();
                int length = n == 7 && s == 1 ? 9000 : 20 + random.nextInt(150);
                for (int w = 0; w < length; w++) {
                    String[] pool = random.nextInt(3) == 0 ? common : topic;
                    text.append(pool[random.nextInt(pool.length)]).append(random.nextInt(5) == 0 ? "s " : " ");
                }
                String heading = s == 0 ? "Overview" : topic[random.nextInt(topic.length)] + " " + topic[random.nextInt(topic.length)];
                docs.add(new SearchDocument(docs.size(), note, "s" + s, "notes/" + note.value() + ".html#s" + s, "Note " + n, heading,
                        List.of("Note " + n, heading), List.of(), text.toString(), ""));
            }
        }
        return docs;
    }
}
