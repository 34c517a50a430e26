package org.studysite.search;

import java.util.Arrays;
import java.util.List;

/**
 * Every pair of adjacent stems (stop words kept) within a section's title, heading, text or code, as
 * (first stem id, second stem id), with the sections it occurs in: what a quoted phrase must match.
 * Held as one array sorted by pair, then section, grouped by first id; built in two passes over the
 * sections (count, then fill), so memory is one long per (pair, section) and nothing per pair.
 */
final class PhrasePairs {
    /** Per first id {@code a}: entries {@code starts[a]} to {@code starts[a+1]}. */
    private final int[] starts;
    /** {@code (second id << 32) | section}, ascending within each first id. */
    private final long[] entries;

    private PhrasePairs(int[] starts, long[] entries) {
        this.starts = starts;
        this.entries = entries;
    }

    interface Sink {
        void accept(int first, int second, int[] sections);
    }

    static PhrasePairs of(SectionWords words) {
        return of(words, Cancellation.NEVER);
    }

    static PhrasePairs of(SectionWords words, Cancellation cancellation) {
        Vocabulary vocabulary = words.vocabulary();
        int[] stemIds = new int[vocabulary.surfaces().size()];
        for (int w = 0; w < stemIds.length; w++) stemIds[w] = vocabulary.stemId(words.stem(w));
        List<SectionWords.Parts> sections = words.sections();
        int[] starts = new int[stemIds.length + 1];
        for (int s = 0; s < sections.size(); s++) {
            if (s % 1024 == 0) cancellation.check();
            for (long pair : pairs(sections.get(s), stemIds)) starts[(int) (pair >>> 32) + 1]++;
        }
        for (int a = 0; a < stemIds.length; a++) starts[a + 1] += starts[a];
        long[] entries = new long[starts[stemIds.length]];
        int[] filled = Arrays.copyOf(starts, stemIds.length);
        for (int s = 0; s < sections.size(); s++) {
            if (s % 1024 == 0) cancellation.check();
            for (long pair : pairs(sections.get(s), stemIds)) entries[filled[(int) (pair >>> 32)]++] = (pair << 32) | s;
        }
        for (int a = 0; a < stemIds.length; a++) Arrays.sort(entries, starts[a], starts[a + 1]);
        return new PhrasePairs(starts, entries);
    }

    /** A section's distinct pairs as {@code (first << 32) | second}, ascending. */
    private static long[] pairs(SectionWords.Parts p, int[] stemIds) {
        int n = 0;
        for (int[] part : p.phraseParts()) n += Math.max(0, part.length - 1);
        long[] pairs = new long[n];
        int at = 0;
        for (int[] part : p.phraseParts()) {
            for (int i = 0; i + 1 < part.length; i++) pairs[at++] = ((long) stemIds[part[i]] << 32) | stemIds[part[i + 1]];
        }
        Arrays.sort(pairs);
        int distinct = 0;
        for (int i = 0; i < n; i++) if (distinct == 0 || pairs[i] != pairs[distinct - 1]) pairs[distinct++] = pairs[i];
        return distinct == n ? pairs : Arrays.copyOf(pairs, distinct);
    }

    /** Every pair in order (first id, then second id) with its sections ascending. */
    void forEach(Sink sink) {
        for (int a = 0; a + 1 < starts.length; a++) {
            for (int i = starts[a], end = starts[a + 1]; i < end; ) {
                int b = (int) (entries[i] >>> 32);
                int j = i;
                while (j < end && (int) (entries[j] >>> 32) == b) j++;
                int[] sections = new int[j - i];
                for (int k = i; k < j; k++) sections[k - i] = (int) entries[k];
                sink.accept(a, b, sections);
                i = j;
            }
        }
    }

    int size() {
        return entries.length;
    }
}
