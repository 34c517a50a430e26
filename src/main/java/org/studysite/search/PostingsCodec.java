package org.studysite.search;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Arrays;

/**
 * The compact form of a posting list in the browser export, about a third of plain JSON numbers:
 * {@code ["doc deltas", "distinct scores, falling", "score index per doc"]}. All three are varints
 * of 5-bit groups, low group first, written with a 64-character alphabet that JSON never escapes
 * (a character from the upper half means "more groups follow"). Scores are Lucene's floats exactly
 * ({@link #floats}), each written once per list: a term's scores repeat a lot, because they depend
 * only on term frequency and the length norm. search.js decodes it ({@code varints}, {@code decode}).
 */
final class PostingsCodec {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private PostingsCodec() {
    }

    /** Writes docs (ascending) and their scores as one array. */
    static void write(JsonGenerator json, int[] docs, float[] scores) throws IOException {
        json.writeStartArray();
        writeElements(json, docs, scores);
        json.writeEndArray();
    }

    /** The three elements alone, for an array that carries more after them. */
    static void writeElements(JsonGenerator json, int[] docs, float[] scores) throws IOException {
        float[] palette = palette(scores);
        StringBuilder indexes = new StringBuilder();
        for (float s : scores) varint(indexes, indexOf(palette, s));
        json.writeString(deltas(docs));
        json.writeString(floats(palette));
        json.writeString(indexes.toString());
    }

    /** Ascending ints as varint deltas (the first from 0). */
    static String deltas(int[] ascending) {
        StringBuilder out = new StringBuilder();
        int previous = 0;
        for (int d : ascending) {
            varint(out, d - previous);
            previous = d;
        }
        return out.toString();
    }

    /**
     * Falling positive floats as varints of their IEEE bits: the first whole, then each one's drop
     * from the one before. Neighbouring scores differ in their low bits only, so most take 2-4
     * digits instead of 9-10 in decimal, and the browser gets the exact float back (DataView).
     */
    static String floats(float[] falling) {
        StringBuilder out = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < falling.length; i++) {
            int bits = Float.floatToIntBits(falling[i]);
            if (!(falling[i] > 0) || Float.isInfinite(falling[i])) throw new IllegalArgumentException("score " + falling[i]);
            varint(out, i == 0 ? bits : previous - bits);
            previous = bits;
        }
        return out.toString();
    }

    static void varint(StringBuilder out, int value) {
        if (value < 0) throw new IllegalArgumentException("negative varint " + value);
        while (value >= 32) {
            out.append(DIGITS.charAt(32 + (value & 31)));
            value >>>= 5;
        }
        out.append(DIGITS.charAt(value));
    }

    /** Distinct scores, highest first (so the best score of a list is index 0). */
    private static float[] palette(float[] scores) {
        float[] sorted = scores.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || Float.compare(sorted[i], sorted[i - 1]) != 0) sorted[n++] = sorted[i];
        float[] palette = new float[n];
        for (int i = 0; i < n; i++) palette[i] = sorted[n - 1 - i];
        return palette;
    }

    private static int indexOf(float[] falling, float score) {
        int lo = 0;
        int hi = falling.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (falling[mid] > score) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
