package org.studysite.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;

/**
 * Lucene's MoreLikeThis query for a note's sections (heading and text fields, no boosts), step for
 * step (MoreLikeThis#like(Map): term frequencies per field in hash maps filled in text order, each
 * word's tf-idf, a bounded priority queue, clauses in the order it pops them), but from the words
 * already split and stemmed ({@link SectionWords}) and document frequencies read once per term:
 * re-analysing every note's text and looking each word up again was most of the related sections'
 * time, and grew with the vault.
 */
final class LikeQuery {
    /** MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED: words read of each heading or text. */
    static final int MAX_TOKENS = 5000;
    private static final List<String> FIELDS = List.of(SearchFields.HEADING, SearchFields.TEXT);
    private final SectionWords words;
    private final ClassicSimilarity similarity = new ClassicSimilarity();
    private final Map<String, Map<String, Integer>> docFreqs = new HashMap<>();
    private final Map<String, Integer> docCounts = new HashMap<>();
    private final int minTermFreq;
    private final int minDocFreq;
    private final int maxDocFreq;
    private final int maxQueryTerms;

    LikeQuery(IndexReader reader, SectionWords words, int minTermFreq, int minDocFreq, int maxDocFreq, int maxQueryTerms) throws IOException {
        this.words = words;
        this.minTermFreq = minTermFreq;
        this.minDocFreq = minDocFreq;
        this.maxDocFreq = maxDocFreq;
        this.maxQueryTerms = maxQueryTerms;
        for (String field : FIELDS) {
            Map<String, Integer> freqs = new HashMap<>();
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) freqs.put(t.utf8ToString(), it.docFreq());
            }
            docFreqs.put(field, freqs);
            int count = reader.getDocCount(field);
            docCounts.put(field, count == -1 ? reader.numDocs() : count);
        }
    }

    /** The query for sections {@code from} to {@code to} (exclusive) of the index: one note. */
    Query of(int from, int to) {
        Map<String, Map<String, Counter>> perField = new HashMap<>();
        for (String field : FIELDS) {
            Map<String, Counter> freqs = perField.computeIfAbsent(field, f -> new HashMap<>());
            for (int s = from; s < to; s++) {
                SectionWords.Parts p = words.sections().get(s);
                count(field.equals(SearchFields.HEADING) ? p.heading() : p.text(), freqs);
            }
        }
        return query(queue(perField));
    }

    /** As MoreLikeThis#addTermFrequencies: the analyzer's terms (stop words out, stems) of one value. */
    private void count(int[] ids, Map<String, Counter> freqs) {
        int tokens = 0;
        for (int id : ids) {
            if (words.isStopWord(id)) continue;
            if (++tokens > MAX_TOKENS) break;
            String stem = words.stem(id);
            Counter c = freqs.get(stem);
            if (c == null) freqs.put(stem, new Counter());
            else c.value++;
        }
    }

    /** As MoreLikeThis#createQueue. */
    private PriorityQueue<ScoreTerm> queue(Map<String, Map<String, Counter>> perField) {
        int terms = 0;
        for (Map<String, Counter> f : perField.values()) terms += f.size();
        ScoreQueue queue = new ScoreQueue(Math.min(maxQueryTerms, terms));
        for (Map.Entry<String, Map<String, Counter>> entry : perField.entrySet()) {
            String field = entry.getKey();
            long numDocs = docCounts.get(field);
            for (Map.Entry<String, Counter> tf : entry.getValue().entrySet()) {
                int freq = tf.getValue().value;
                if (minTermFreq > 0 && freq < minTermFreq) continue;
                int docFreq = docFreqs.get(field).getOrDefault(tf.getKey(), 0);
                if ((minDocFreq > 0 && docFreq < minDocFreq) || docFreq > maxDocFreq || docFreq == 0) continue;
                float score = freq * similarity.idf(docFreq, numDocs);
                if (queue.size() < queue.limit) {
                    queue.add(new ScoreTerm(tf.getKey(), field, score));
                } else if (queue.top().score < score) {
                    queue.top().set(tf.getKey(), field, score);
                    queue.updateTop();
                }
            }
        }
        return queue;
    }

    /** As MoreLikeThis#createQuery (no boosts): clauses in the order the queue pops them, lowest score first. */
    private static Query query(PriorityQueue<ScoreTerm> queue) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (ScoreTerm t = queue.pop(); t != null; t = queue.pop()) query.add(new TermQuery(new Term(t.field, t.word)), Occur.SHOULD);
        return query.build();
    }

    private static final class Counter {
        int value = 1;
    }

    private static final class ScoreTerm {
        String word;
        String field;
        float score;

        ScoreTerm(String word, String field, float score) {
            set(word, field, score);
        }

        void set(String word, String field, float score) {
            this.word = word;
            this.field = field;
            this.score = score;
        }
    }

    private static final class ScoreQueue extends PriorityQueue<ScoreTerm> {
        final int limit;

        ScoreQueue(int limit) {
            super(limit);
            this.limit = limit;
        }

        @Override
        protected boolean lessThan(ScoreTerm a, ScoreTerm b) {
            return a.score < b.score;
        }
    }
}
