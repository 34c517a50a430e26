package org.studysite.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * similarity from the index's statistics and norms, summed in double (in {@link SearchFields#BOOSTS}
 * order) and rounded to float as Lucene's disjunction does. The parts are kept too: a term has few
 * distinct parts per field, so the export ships those and the browser sums them the same way.
 * Terms come in sorted order, one at a time, so memory stays small.
 */
final class TermScores {
    /**
     * A term's postings: doc ids ascending, their scores, and each score's parts by field
     * ({@code parts[field][posting]}, fields in {@link SearchFields#BOOSTS} order, 0 where absent).
     */
    record Postings(String term, int[] docs, float[] scores, float[][] parts) {
        /** Postings whose whole score is one field's part (for tests of the layout). */
        Postings(String term, int[] docs, float[] scores) {
            this(term, docs, scores, new float[][] {scores});
        }

        /** The score the parts add up to, as the browser adds them: in double, field order, then float. */
        static float sum(float[][] parts, int i) {
            double sum = 0;
            for (float[] field : parts) sum += field[i];
            return (float) sum;
        }
    }

    interface Sink {
        void accept(Postings postings) throws IOException;
    }

    static void forEachTerm(IndexSearcher searcher, LeafReader leaf, Sink sink) throws IOException {
        Similarity similarity = searcher.getSimilarity();
        List<String> fields = new ArrayList<>(SearchFields.BOOSTS.keySet());
        TermsEnum[] enums = new TermsEnum[fields.size()];
        CollectionStatistics[] collections = new CollectionStatistics[fields.size()];
        BytesRef[] current = new BytesRef[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Terms terms = leaf.terms(fields.get(i));
            enums[i] = terms == null ? TermsEnum.EMPTY : terms.iterator();
            collections[i] = searcher.collectionStatistics(fields.get(i));
            current[i] = enums[i].next();
        }
        while (true) {
            BytesRef smallest = null;
            for (BytesRef t : current) if (t != null && (smallest == null || t.compareTo(smallest) < 0)) smallest = t;
            if (smallest == null) return;
            BytesRef term = BytesRef.deepCopyOf(smallest);
            FieldPostings[] byField = new FieldPostings[fields.size()];
            for (int i = 0; i < fields.size(); i++) {
                if (current[i] == null || !current[i].equals(term)) continue;
                byField[i] = field(searcher, similarity, collections[i], leaf, fields.get(i), enums[i]);
                current[i] = enums[i].next();
            }
            sink.accept(merged(term.utf8ToString(), byField));
        }
    }

    /** One field's postings of a term: docs ascending and their BM25 parts (boost included). */
    record FieldPostings(int[] docs, float[] scores) {
    }

    /** The fields' postings merged by doc: each doc's part per field (0 where absent) and their sum. */
    static Postings merged(String term, FieldPostings[] byField) {
        int[] at = new int[byField.length];
        int n = 0;
        for (FieldPostings f : byField) if (f != null) n += f.docs().length;
        int[] docs = new int[n];
        float[][] parts = new float[byField.length][n];
        int count = 0;
        while (true) {
            int doc = Integer.MAX_VALUE;
            for (int f = 0; f < byField.length; f++) {
                if (byField[f] != null && at[f] < byField[f].docs().length) doc = Math.min(doc, byField[f].docs()[at[f]]);
            }
            if (doc == Integer.MAX_VALUE) break;
            docs[count] = doc;
            for (int f = 0; f < byField.length; f++) {
                if (byField[f] != null && at[f] < byField[f].docs().length && byField[f].docs()[at[f]] == doc) {
                    parts[f][count] = byField[f].scores()[at[f]++];
                }
            }
            count++;
        }
        docs = java.util.Arrays.copyOf(docs, count);
        float[] scores = new float[count];
        for (int f = 0; f < parts.length; f++) parts[f] = java.util.Arrays.copyOf(parts[f], count);
        // Fields in order, each part added in double (0 for a field without the term adds nothing).
        for (int i = 0; i < count; i++) scores[i] = Postings.sum(parts, i);
        return new Postings(term, docs, scores, parts);
    }

    private static FieldPostings field(IndexSearcher searcher, Similarity similarity, CollectionStatistics collection, LeafReader leaf,
                                       String field, TermsEnum terms) throws IOException {
        TermStatistics stats = searcher.termStatistics(new org.apache.lucene.index.Term(field, terms.term()), terms.docFreq(), terms.totalTermFreq());
        Similarity.SimScorer scorer = similarity.scorer(SearchFields.BOOSTS.get(field), collection, stats);
        NumericDocValues norms = leaf.getNormValues(field);
        PostingsEnum postings = terms.postings(null, PostingsEnum.FREQS);
        int[] docs = new int[terms.docFreq()];
        float[] scores = new float[docs.length];
        int n = 0;
        for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
            long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
            float score = scorer.score(postings.freq(), norm);
            if (!(score > 0) || Float.isInfinite(score)) throw new IllegalStateException("BM25 part " + score + " for " + terms.term().utf8ToString());
            docs[n] = doc;
            scores[n++] = score;
        }
        return new FieldPostings(java.util.Arrays.copyOf(docs, n), java.util.Arrays.copyOf(scores, n));
    }
}
