package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The codec against a decoder written the way search.js reads it (varints, then float bits). */
class PostingsCodecTest {

    private static List<Long> varints(String text) {
        List<Long> out = new ArrayList<>();
        long value = 0;
        long scale = 1;
        for (char ch : text.toCharArray()) {
            int c = PostingsCodec.DIGITS.indexOf(ch);
            if (c >= 32) {
                value += (c - 32) * scale;
                scale *= 32;
            } else {
                out.add(value + c * scale);
                value = 0;
                scale = 1;
            }
        }
        return out;
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
}
