package org.studysite.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the index back and computes, for every term and section, the score a term query scores
 * it: {@code Σ_f boost(f) · BM25_f(term, doc)}, each field's part computed by Lucene's own
 * similarity from the index's statistics and norms, summed in double and rounded to float as
 * Lucene's disjunction does. Terms come in sorted order, one at a time, so memory stays small.
 */
final class TermScores {
    /** A term's postings: doc ids ascending and their scores. */
    record Postings(String term, int[] docs, float[] scores) {
    }

    interface Sink {
        void accept(Postings postings) throws IOException;
    }

    static void forEachTerm(IndexSearcher searcher, LeafReader leaf, Sink sink) throws IOException {
        Similarity similarity = searcher.getSimilarity();
        List<String> fields = new ArrayList<>(SearchFields.BOOSTS.keySet());
        TermsEnum[] enums = new TermsEnum[fields.size()];
        BytesRef[] current = new BytesRef[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Terms terms = leaf.terms(fields.get(i));
            enums[i] = terms == null ? TermsEnum.EMPTY : terms.iterator();
            current[i] = enums[i].next();
        }
        while (true) {
            BytesRef smallest = null;
            for (BytesRef t : current) if (t != null && (smallest == null || t.compareTo(smallest) < 0)) smallest = t;
            if (smallest == null) return;
            BytesRef term = BytesRef.deepCopyOf(smallest);
            Map<Integer, Double> sums = new TreeMap<>();
            for (int i = 0; i < fields.size(); i++) {
                if (current[i] == null || !current[i].equals(term)) continue;
                addField(searcher, similarity, leaf, fields.get(i), enums[i], sums);
                current[i] = enums[i].next();
            }
            int[] docs = new int[sums.size()];
            float[] scores = new float[sums.size()];
            int n = 0;
            for (Map.Entry<Integer, Double> e : sums.entrySet()) {
                docs[n] = e.getKey();
                scores[n++] = (float) (double) e.getValue();
            }
            sink.accept(new Postings(term.utf8ToString(), docs, scores));
        }
    }

    private static void addField(IndexSearcher searcher, Similarity similarity, LeafReader leaf, String field,
                                 TermsEnum terms, Map<Integer, Double> sums) throws IOException {
        CollectionStatistics collection = searcher.collectionStatistics(field);
        TermStatistics stats = searcher.termStatistics(new org.apache.lucene.index.Term(field, terms.term()), terms.docFreq(), terms.totalTermFreq());
        Similarity.SimScorer scorer = similarity.scorer(SearchFields.BOOSTS.get(field), collection, stats);
        NumericDocValues norms = leaf.getNormValues(field);
        PostingsEnum postings = terms.postings(null, PostingsEnum.FREQS);
        for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
            long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
            float score = scorer.score(postings.freq(), norm);
            sums.merge(doc, (double) score, Double::sum);
        }
    }
}
