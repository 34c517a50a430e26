package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The codec against a decoder written the way search.js reads it (varints, float bits, score models). */
class PostingsCodecTest {

    /** The decoder written like search.js (BrowserDecoder) is the one every codec test reads with. */
    private static List<Long> varints(String text) {
        return BrowserDecoder.varints(text);
    }

    @Test
    void varintsRoundTripAcrossGroupBoundaries() {
        int[] values = {0, 1, 31, 32, 1023, 1024, 123_456, Integer.MAX_VALUE};
        StringBuilder text = new StringBuilder();
        for (int v : values) PostingsCodec.varint(text, v);
        assertEquals(List.of(0L, 1L, 31L, 32L, 1023L, 1024L, 123_456L, (long) Integer.MAX_VALUE), varints(text.toString()));
        assertEquals("0", encode(0));
        assertEquals("Z1", encode(35), "35 = 3 + 1·32: low group 3 with the more-follows half, then 1");
    }

    private static String encode(int v) {
        StringBuilder b = new StringBuilder();
        PostingsCodec.varint(b, v);
        return b.toString();
    }

    @Test
    void docDeltasRoundTrip() {
        int[] docs = {0, 5, 6, 700, 145_000};
        long d = 0;
        List<Long> decoded = new ArrayList<>();
        for (long delta : varints(PostingsCodec.deltas(docs))) decoded.add(d += delta);
        assertEquals(List.of(0L, 5L, 6L, 700L, 145_000L), decoded);
    }

    @Test
    void floatsComeBackBitForBit() {
        float[] falling = {12.345678f, 3.1f, 3.0999999f, 0.0001f, Float.MIN_VALUE};
        List<Long> v = varints(PostingsCodec.floats(falling));
        float[] back = new float[v.size()];
        long bits = 0;
        for (int i = 0; i < back.length; i++) {
            bits = i == 0 ? v.get(0) : bits - v.get(i);
            back[i] = Float.intBitsToFloat((int) bits);
        }
        assertArrayEquals(falling, back);
    }

    @Test
    void onlyPositiveScoresAndNoNegativeVarints() {
        assertThrows(IllegalArgumentException.class, () -> PostingsCodec.floats(new float[] {0f}));
        assertThrows(IllegalArgumentException.class, () -> PostingsCodec.varint(new StringBuilder(), -1));
    }

    /**
     * Postings over three fields whose parts repeat, as BM25 parts do: decoded through the model and
     * codes, every score comes back bit for bit, for the head and for a block read with the head's model.
     */
    @Test
    void scoresComeBackExactlyThroughTheModel() {
        Random random = new Random(11);
        int n = 300;
        int[] docs = new int[n];
        float[][] parts = new float[6][n];
        float[] heading = {2.75f, 2.5f, 1.9999999f};
        float[] text = new float[40];
        for (int i = 0; i < text.length; i++) text[i] = 0.3f + i * 0.0173f;
        int doc = 0;
        for (int i = 0; i < n; i++) {
            docs[i] = doc += 1 + random.nextInt(5);
            if (random.nextInt(4) == 0) parts[0][i] = heading[random.nextInt(heading.length)];
            if (random.nextInt(10) == 0) parts[1][i] = 1.25f;
            if (parts[0][i] == 0 || random.nextBoolean()) parts[4][i] = text[random.nextInt(text.length)];
        }
        float[] scores = new float[n];
        for (int i = 0; i < n; i++) scores[i] = TermScores.Postings.sum(parts, i);
        TermScores.Postings p = new TermScores.Postings("t", docs, scores, parts);
        PostingsCodec.Model model = PostingsCodec.Model.of(p);

        int[] head = java.util.stream.IntStream.range(0, n).filter(i -> i % 3 == 0).toArray();
        int[] block = java.util.stream.IntStream.range(0, n).filter(i -> i % 3 != 0).toArray();
        List<String> h = PostingsCodec.head(p, model, head);
        BrowserDecoder.Model read = BrowserDecoder.readModel(h.get(1), 6);
        assertEquals(0, read.parts()[2].length, "a field the term is not in has no parts");
        assertEquals(1, read.parts()[1].length, "a field with one part needs no index per posting");
        assertEquals(3, read.parts()[0].length);
        java.util.Map<Integer, Float> decoded = new java.util.TreeMap<>(BrowserDecoder.decode(h.get(0), h.get(2), read));
        List<String> b = PostingsCodec.block(p, model, block);
        decoded.putAll(BrowserDecoder.decode(b.get(0), b.get(1), read));
        assertEquals(n, decoded.size());
        for (int i = 0; i < n; i++) {
            assertEquals(Float.floatToIntBits(scores[i]), Float.floatToIntBits(decoded.get(docs[i])), "doc " + docs[i]);
        }
    }

    @Test
    void aSingleFieldSingleScoreTermNeedsNoCodes() {
        TermScores.Postings p = new TermScores.Postings("rare", new int[] {42}, new float[] {3.5f},
                new float[][] {{0}, {0}, {0}, {0}, {3.5f}, {0}});
        PostingsCodec.Model model = PostingsCodec.Model.of(p);
        List<String> h = PostingsCodec.head(p, model, new int[] {0});
        assertEquals("", h.get(2));
        assertEquals(java.util.Map.of(42, 3.5f), BrowserDecoder.decode(h.get(0), h.get(2), BrowserDecoder.readModel(h.get(1), 6)));
    }
}
