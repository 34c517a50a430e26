package org.studysite.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * Every term's postings and BM25 parts, as {@link TermScores} reads them back from the index, but
 * counted from the split words: per field, the sections that have it, its total length and total
 * document frequency; per term, its document and total frequency; per section, the field's length,
 * encoded as Lucene encodes a norm. Lucene's own BM25 similarity scores from those, so each part is
 * the same float. A live preview exports search this way, without waiting for the Lucene index
 * (RememberingSearchTest holds it to the build's bytes).
 */
final class WordScores {
    /** Each scored field's words in a section, in {@link SearchFields#BOOSTS} order. */
    private static final Map<String, Function<SectionWords.Parts, int[]>> PARTS = Map.of(
            SearchFields.HEADING, SectionWords.Parts::heading,
            SearchFields.TITLE, SectionWords.Parts::title,
            SearchFields.PARENTS, SectionWords.Parts::parents,
            SearchFields.TAGS, SectionWords.Parts::tags,
            SearchFields.TEXT, SectionWords.Parts::text,
            SearchFields.CODE, SectionWords.Parts::code);

    private WordScores() {
    }

    /** Hands {@code sink} every term's postings, terms in stem order. */
    static void forEachTerm(SectionWords words, Cancellation cancellation, TermScores.Sink sink) throws IOException {
        List<String> terms = new ArrayList<>();
        int[] termOf = terms(words, terms);
        List<String> fields = new ArrayList<>(SearchFields.BOOSTS.keySet());
        FieldIndex[] byName = new FieldIndex[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            cancellation.check();
            byName[f] = FieldIndex.of(fields.get(f), words.sections(), PARTS.get(fields.get(f)), termOf, terms.size());
        }
        Similarity similarity = new BM25Similarity();
        for (int t = 0; t < terms.size(); t++) {
            if (t % 256 == 0) cancellation.check();
            BytesRef term = new BytesRef(terms.get(t));
            TermScores.FieldPostings[] parts = new TermScores.FieldPostings[fields.size()];
            for (int f = 0; f < fields.size(); f++) parts[f] = byName[f].postings(t, term, similarity);
            sink.accept(TermScores.merged(terms.get(t), parts));
        }
    }

    /** Term ids: the distinct stems of words that are not stop words, sorted; -1 for a stop word. */
    private static int[] terms(SectionWords words, List<String> terms) {
        Map<String, Integer> ids = new HashMap<>();
        for (int w = 0; w < words.size(); w++) if (!words.isStopWord(w)) ids.putIfAbsent(words.stem(w), 0);
        terms.addAll(ids.keySet());
        terms.sort(null);
        for (int t = 0; t < terms.size(); t++) ids.put(terms.get(t), t);
        int[] termOf = new int[words.size()];
        for (int w = 0; w < termOf.length; w++) termOf[w] = words.isStopWord(w) ? -1 : ids.get(words.stem(w));
        return termOf;
    }

    /**
     * One field inverted: for term {@code t}, its sections {@code docs[starts[t]..starts[t+1])}
     * ascending with their frequencies, and each section's length (its non-stop words, as Lucene
     * counts the tokens {@link LuceneIndexer.Stems} gives).
     */
    private record FieldIndex(String field, int[] starts, int[] docs, int[] freqs, int[] lengths, CollectionStatistics collection) {
        static FieldIndex of(String field, List<SectionWords.Parts> sections, Function<SectionWords.Parts, int[]> part, int[] termOf, int termCount) {
            int[] docFreq = new int[termCount];
            int[] seenIn = new int[termCount];
            int[] lengths = new int[sections.size()];
            long sumLength = 0;
            int docCount = 0;
            for (int s = 0; s < sections.size(); s++) {
                for (int w : part.apply(sections.get(s))) {
                    int t = termOf[w];
                    if (t < 0) continue;
                    lengths[s]++;
                    if (seenIn[t] != s + 1) {
                        seenIn[t] = s + 1;
                        docFreq[t]++;
                    }
                }
                sumLength += lengths[s];
                if (lengths[s] > 0) docCount++;
            }
            int[] starts = new int[termCount + 1];
            for (int t = 0; t < termCount; t++) starts[t + 1] = starts[t] + docFreq[t];
            int[] docs = new int[starts[termCount]];
            int[] freqs = new int[docs.length];
            int[] at = java.util.Arrays.copyOf(starts, termCount);
            java.util.Arrays.fill(seenIn, 0);
            for (int s = 0; s < sections.size(); s++) {
                for (int w : part.apply(sections.get(s))) {
                    int t = termOf[w];
                    if (t < 0) continue;
                    if (seenIn[t] != s + 1) {
                        seenIn[t] = s + 1;
                        docs[at[t]++] = s;
                    }
                    freqs[at[t] - 1]++;
                }
            }
            CollectionStatistics collection = docCount == 0 ? null
                    : new CollectionStatistics(field, sections.size(), docCount, sumLength, docs.length);
            return new FieldIndex(field, starts, docs, freqs, lengths, collection);
        }

        /** The term's postings in this field with their BM25 parts (boost included); null if it has none. */
        TermScores.FieldPostings postings(int t, BytesRef term, Similarity similarity) {
            int from = starts[t];
            int to = starts[t + 1];
            if (from == to) return null;
            long total = 0;
            for (int i = from; i < to; i++) total += freqs[i];
            Similarity.SimScorer scorer = similarity.scorer(SearchFields.BOOSTS.get(field), collection, new TermStatistics(term, to - from, total));
            int[] termDocs = java.util.Arrays.copyOfRange(docs, from, to);
            float[] scores = new float[termDocs.length];
            for (int i = 0; i < termDocs.length; i++) {
                float score = scorer.score(freqs[from + i], SmallFloat.intToByte4(lengths[termDocs[i]]));
                if (!(score > 0) || Float.isInfinite(score)) throw new IllegalStateException("BM25 part " + score + " for " + term.utf8ToString());
                scores[i] = score;
            }
            return new TermScores.FieldPostings(termDocs, scores);
        }
    }
}
