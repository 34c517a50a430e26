package org.studysite.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How one term's postings are laid out for the browser, so a query loads little and still ranks
 * exactly. The head holds the term's best-scoring sections. The rest is cut, by falling score, into
 * tiers (a new tier starts where scores drop below {@link #TIER_RATIO} of the tier's best), and each
 * tier into doc-id blocks of about {@code blockPostings}. The browser knows each tier's best score and
 * each block's first doc, so for any section it can bound the score it has not loaded, and to settle
 * one section it loads one small block per tier, best tier first, instead of the whole list.
 */
record PostingTiers(Block head, List<Tier> tiers) {
    static final double TIER_RATIO = 0.6;
    static final int MAX_TIERS = 4;

    /** Postings ascending by doc; {@code at} are their indexes in the term's postings (for their score parts). */
    record Block(int[] docs, float[] scores, int[] at) {
    }

    /** Blocks ascending by doc, none overlapping; {@code max} is the best score in the tier. */
    record Tier(float max, int count, List<Block> blocks) {
        int[] firstDocs() {
            return blocks.stream().mapToInt(b -> b.docs()[0]).toArray();
        }
    }

    static PostingTiers of(TermScores.Postings p, int headSize, int blockPostings) {
        int n = p.docs().length;
        if (n <= headSize) return new PostingTiers(new Block(p.docs(), p.scores(), java.util.stream.IntStream.range(0, n).toArray()), List.of());
        int[] byScore = byFallingScore(p);
        List<Tier> tiers = new ArrayList<>();
        int from = headSize;
        while (from < n) {
            int to = tiers.size() == MAX_TIERS - 1 ? n : tierEnd(p.scores(), byScore, from, blockPostings);
            tiers.add(tier(p, Arrays.copyOfRange(byScore, from, to), blockPostings));
            from = to;
        }
        return new PostingTiers(block(p, Arrays.copyOfRange(byScore, 0, headSize)), tiers);
    }

    /** Where the tier starting at {@code from} ends: at least one block, then while scores stay close to its best. */
    private static int tierEnd(float[] scores, int[] byScore, int from, int blockPostings) {
        double floor = scores[byScore[from]] * TIER_RATIO;
        int to = Math.min(byScore.length, from + blockPostings);
        while (to < byScore.length && scores[byScore[to]] >= floor) to++;
        return to;
    }

    private static Tier tier(TermScores.Postings p, int[] members, int blockPostings) {
        int[] byDoc = members.clone();
        Arrays.sort(byDoc); // indexes into the doc-ascending arrays: sorting them sorts by doc
        int blocks = (byDoc.length + blockPostings - 1) / blockPostings;
        List<Block> list = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            int from = (int) ((long) byDoc.length * b / blocks);
            int to = (int) ((long) byDoc.length * (b + 1) / blocks);
            list.add(block(p, Arrays.copyOfRange(byDoc, from, to)));
        }
        return new Tier(p.scores()[members[0]], members.length, list);
    }

    private static Block block(TermScores.Postings p, int[] indexes) {
        int[] sorted = indexes.clone();
        Arrays.sort(sorted);
        int[] docs = new int[sorted.length];
        float[] scores = new float[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            docs[i] = p.docs()[sorted[i]];
            scores[i] = p.scores()[sorted[i]];
        }
        return new Block(docs, scores, sorted);
    }

    /** Indexes of the postings, best score first, ties by doc (the order Lucene ranks them). */
    private static int[] byFallingScore(TermScores.Postings p) {
        return java.util.stream.IntStream.range(0, p.docs().length).boxed()
                .sorted((a, b) -> p.scores()[a] != p.scores()[b] ? Float.compare(p.scores()[b], p.scores()[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }
}
