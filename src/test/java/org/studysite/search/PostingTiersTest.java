package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PostingTiersTest {

    /** 1,000 postings whose scores fall in steps, as a common word's do (heading hits, then body hits). */
    private static TermScores.Postings postings() {
        Random random = new Random(7);
        int[] docs = new int[1000];
        float[] scores = new float[1000];
        int doc = 0;
        for (int i = 0; i < docs.length; i++) {
            doc += 1 + random.nextInt(3);
            docs[i] = doc;
            scores[i] = (random.nextInt(10) == 0 ? 3f : 1f) * (0.5f + random.nextFloat());
        }
        return new TermScores.Postings("word", docs, scores);
    }

    @Test
    void shortListsAreAllHead() {
        TermScores.Postings p = new TermScores.Postings("w", new int[] {3, 9}, new float[] {1f, 2f});
        PostingTiers layout = PostingTiers.of(p, 2, 2);
        assertArrayEquals(new int[] {3, 9}, layout.head().docs());
        assertEquals(List.of(), layout.tiers());
    }

    @Test
    void headHoldsTheBestScoresAndTiersFallWithEveryPostingOnce() {
        TermScores.Postings p = postings();
        PostingTiers layout = PostingTiers.of(p, 100, 64);
        float worstHead = min(layout.head().scores());
        TreeMap<Integer, Float> seen = new TreeMap<>();
        add(seen, layout.head());
        float previousMax = worstHead;
        for (PostingTiers.Tier tier : layout.tiers()) {
            assertTrue(tier.max() <= previousMax, "tiers fall: " + tier.max() + " after " + previousMax);
            int count = 0;
            int lastDoc = -1;
            for (PostingTiers.Block block : tier.blocks()) {
                assertTrue(block.docs()[0] > lastDoc, "blocks ascend by doc and do not overlap");
                assertTrue(block.docs().length <= 64 + 1, "blocks about blockPostings long");
                for (float s : block.scores()) assertTrue(s <= tier.max());
                lastDoc = block.docs()[block.docs().length - 1];
                count += block.docs().length;
                add(seen, block);
            }
            assertEquals(tier.count(), count);
            previousMax = min(tier.blocks().stream().map(PostingTiers.Block::scores).toList());
        }
        assertEquals(p.docs().length, seen.size(), "every posting exactly once");
        for (int i = 0; i < p.docs().length; i++) assertEquals(p.scores()[i], seen.get(p.docs()[i]));
        assertTrue(layout.tiers().size() <= PostingTiers.MAX_TIERS);
    }

    private static void add(TreeMap<Integer, Float> seen, PostingTiers.Block block) {
        for (int i = 0; i < block.docs().length; i++) {
            assertEquals(null, seen.put(block.docs()[i], block.scores()[i]), "doc " + block.docs()[i] + " twice");
        }
    }

    private static float min(float[] values) {
        float m = Float.MAX_VALUE;
        for (float v : values) m = Math.min(m, v);
        return m;
    }

    private static float min(List<float[]> lists) {
        List<Float> all = new ArrayList<>();
        lists.forEach(l -> { for (float v : l) all.add(v); });
        return all.stream().min(Float::compare).orElseThrow();
    }
}
