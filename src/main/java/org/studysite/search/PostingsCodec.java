package org.studysite.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact form of a term's postings in the browser export. A score is not shipped per posting:
 * it is the float sum of a few per-field BM25 parts ({@link TermScores}), and one term has few
 * distinct parts per field (a part depends only on the term's frequency in the field and the field's
 * length norm), so a term ships its {@link Model} once, with its head, and each posting names its
 * parts by index. The browser adds them as TermScores does (double, field order, then float), so
 * its scores are Lucene's exactly, and a block of a term's lower tiers carries no scores at all.
 *
 * <p>Everything is varints of 5-bit groups, low group first, written with a 64-character alphabet
 * that JSON never escapes (a character from the upper half means "more groups follow"); search.js
 * decodes it ({@code varints}, {@code readModel}, {@code decode}).
 * <ul>
 * <li>doc ids: ascending, as deltas (the first from 0);
 * <li>model: the mask of fields the term occurs in (bit i = field i of {@link SearchFields#BOOSTS}),
 *     then for each of those fields the number of its distinct parts and the parts, falling
 *     ({@link #floats}); then how many field sets the postings use, and if more than one, the sets,
 *     most used first;
 * <li>codes, per posting: the index of its field set (only if there are several), then for each
 *     field of the set the index of its part (only if the field has several).
 * </ul>
 */
final class PostingsCodec {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private PostingsCodec() {
    }

    /** A term's distinct score parts per field and the field sets its postings use. */
    static final class Model {
        private final float[][] parts;
        private final int[] masks;
        private final Map<Integer, Integer> maskIndex = new LinkedHashMap<>();

        private Model(float[][] parts, int[] masks) {
            this.parts = parts;
            this.masks = masks;
            for (int i = 0; i < masks.length; i++) maskIndex.put(masks[i], i);
        }

        static Model of(TermScores.Postings p) {
            int fields = p.parts().length;
            float[][] parts = new float[fields][];
            for (int f = 0; f < fields; f++) parts[f] = falling(p.parts()[f]);
            Map<Integer, Integer> counts = new LinkedHashMap<>();
            for (int i = 0; i < p.docs().length; i++) counts.merge(mask(p, i), 1, Integer::sum);
            int[] masks = counts.entrySet().stream()
                    .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? Integer.compare(b.getValue(), a.getValue()) : Integer.compare(a.getKey(), b.getKey()))
                    .mapToInt(Map.Entry::getKey).toArray();
            return new Model(parts, masks);
        }

        /** The model as varints: field mask, each field's parts, then the field sets. */
        String encoded() {
            StringBuilder out = new StringBuilder();
            int union = 0;
            for (int f = 0; f < parts.length; f++) if (parts[f].length > 0) union |= 1 << f;
            varint(out, union);
            for (int f = 0; f < parts.length; f++) {
                if (parts[f].length == 0) continue;
                varint(out, parts[f].length);
                out.append(floats(parts[f]));
            }
            varint(out, masks.length);
            if (masks.length > 1) for (int m : masks) varint(out, m);
            return out.toString();
        }

        /** The codes of the given postings (indexes into {@code p}), in that order. */
        String codes(TermScores.Postings p, int[] at) {
            StringBuilder out = new StringBuilder();
            for (int i : at) {
                int mask = mask(p, i);
                if (masks.length > 1) varint(out, maskIndex.get(mask));
                for (int f = 0; f < parts.length; f++) {
                    if ((mask & (1 << f)) == 0 || parts[f].length == 1) continue;
                    varint(out, indexOf(parts[f], p.parts()[f][i]));
                }
            }
            return out.toString();
        }

        private static int mask(TermScores.Postings p, int i) {
            int mask = 0;
            for (int f = 0; f < p.parts().length; f++) if (p.parts()[f][i] != 0) mask |= 1 << f;
            return mask;
        }
    }

    /** A term's head entry: {@code ["doc deltas", "model", "codes"]}, tiers to be appended by the caller. */
    static List<String> head(TermScores.Postings p, Model model, int[] at) {
        List<String> out = new ArrayList<>();
        out.add(deltas(docs(p, at)));
        out.add(model.encoded());
        out.add(model.codes(p, at));
        return out;
    }

    /** A block of a term's lower tiers: {@code ["doc deltas", "codes"]}, read with the term's model. */
    static List<String> block(TermScores.Postings p, Model model, int[] at) {
        return List.of(deltas(docs(p, at)), model.codes(p, at));
    }

    private static int[] docs(TermScores.Postings p, int[] at) {
        int[] docs = new int[at.length];
        for (int i = 0; i < at.length; i++) docs[i] = p.docs()[at[i]];
        return docs;
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
     * from the one before. Neighbouring values differ in their low bits only, so most take 2-4
     * digits instead of 9-10 in decimal, and the browser gets the exact float back (DataView).
     */
    static String floats(float[] falling) {
        StringBuilder out = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < falling.length; i++) {
            int bits = Float.floatToIntBits(falling[i]);
            if (!(falling[i] > 0) || Float.isInfinite(falling[i])) throw new IllegalArgumentException("score " + falling[i]);
            if (i > 0 && falling[i] > falling[i - 1]) throw new IllegalArgumentException("rising at " + i);
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

    /** Reads {@link #varint}s back. */
    static int[] varints(String text) {
        int[] out = new int[text.length()];
        int n = 0;
        long value = 0;
        int shift = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = DIGITS.indexOf(text.charAt(i));
            if (c < 0) throw new IllegalArgumentException("not a varint digit: " + text.charAt(i));
            if (c >= 32) {
                value |= (long) (c - 32) << shift;
                shift += 5;
            } else {
                out[n++] = Math.toIntExact(value | (long) c << shift);
                value = 0;
                shift = 0;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The distinct non-zero values, highest first. */
    static float[] falling(float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] != 0 && (n == 0 || Float.compare(sorted[i], sorted[n - 1]) != 0)) sorted[n++] = sorted[i];
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = sorted[n - 1 - i];
        return out;
    }

    private static int indexOf(float[] falling, float value) {
        int lo = 0;
        int hi = falling.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (falling[mid] > value) lo = mid + 1;
            else hi = mid;
        }
        if (Float.compare(falling[lo], value) != 0) throw new IllegalStateException("part " + value + " not in model");
        return lo;
    }
}
