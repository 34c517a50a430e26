package org.studysite.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Every section's words, split and lower-cased once (the analyzer's tokenizer), as word ids: what
 * the Lucene fields index (as stems, stop words left out), what the browser's vocabulary lists and
 * which word pairs its phrase filter knows. Analysing each text once, instead of once per field
 * that needs it (scoring, surface vocabulary, phrase pairs), was most of the search stage's time.
 * Word ids are the vocabulary's order: the surface words (those of the title, heading, tags, text
 * and code) sorted as {@link Vocabulary#surfaces()}, then words that occur only in parents (which
 * scoring needs, but the vocabulary never listed), sorted too.
 */
final class SectionWords {
    /** One section's parts as word ids, in text order; the note title's array is shared by its sections. */
    record Parts(int[] title, int[] heading, int[] parents, int[] tags, int[] text, int[] code) {
        /** The parts phrase pairs come from: a pair never spans two of them. */
        List<int[]> phraseParts() {
            return List.of(title, heading, text, code);
        }
    }

    private final List<Parts> sections;
    private final String[] stems;
    private final boolean[] stopWords;
    private final Vocabulary vocabulary;

    private SectionWords(List<Parts> sections, String[] stems, boolean[] stopWords, Vocabulary vocabulary) {
        this.sections = sections;
        this.stems = stems;
        this.stopWords = stopWords;
        this.vocabulary = vocabulary;
    }

    /** Splits every section of {@code docs} (in ord order) into words, the notes in parallel. */
    static SectionWords of(List<SearchDocument> docs, SearchAnalyzer analyzer) {
        return of(docs, analyzer, new Memo(false), Cancellation.NEVER);
    }

    /**
     * As {@link #of(List, SearchAnalyzer)}, taking each note's words from {@code memo} when its
     * sections are equal to last time's (a live preview's edit changes one note of thousands).
     */
    static SectionWords of(List<SearchDocument> docs, SearchAnalyzer analyzer, Memo memo, Cancellation cancellation) {
        // One String per distinct word across notes, not one per note that has it (10,000 notes).
        ConcurrentHashMap<String, String> canonical = new ConcurrentHashMap<>();
        List<NoteWords> notes = noteRanges(docs).parallelStream().map(range -> {
            cancellation.check();
            return memo.note(docs.subList(range[0], range[1]), analyzer, canonical);
        }).toList();
        memo.keepOnly(notes);
        return numbered(notes, analyzer);
    }

    /**
     * One note's sections as word ids of its own ({@code words[id]}), and which of its words occur
     * outside parents: the split is a function of the note's sections alone, so a memo can keep it.
     */
    record NoteWords(List<SearchDocument> sections, String[] words, boolean[] surface, List<Parts> parts) {
        static NoteWords split(List<SearchDocument> docs, SearchAnalyzer analyzer, Map<String, String> canonical) {
            NoteSplitter splitter = new NoteSplitter(analyzer);
            int[] title = splitter.ids(docs.get(0).noteTitle(), true);
            List<Parts> parts = new ArrayList<>(docs.size());
            for (SearchDocument d : docs) {
                parts.add(new Parts(title, splitter.ids(d.heading(), true), splitter.ids(LuceneIndexer.parents(d), false),
                        splitter.ids(String.join(" ", d.tags()), true), splitter.ids(d.text(), true), splitter.ids(d.code(), true)));
            }
            String[] words = new String[splitter.ids.size()];
            splitter.ids.forEach((word, id) -> words[id] = canonical.computeIfAbsent(word, w -> w));
            boolean[] surface = new boolean[words.length];
            for (int i = 0; i < surface.length; i++) surface[i] = splitter.surface.get(i);
            return new NoteWords(List.copyOf(docs), words, surface, List.copyOf(parts));
        }
    }

    /** Hands out a note's word ids on first sight, and marks the words seen outside parents. */
    private static final class NoteSplitter {
        private final SearchAnalyzer analyzer;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<Boolean> surface = new ArrayList<>();

        NoteSplitter(SearchAnalyzer analyzer) {
            this.analyzer = analyzer;
        }

        int[] ids(String text, boolean isSurface) {
            if (text.isEmpty()) return EMPTY;
            List<String> words = analyzer.words(text);
            int[] out = new int[words.size()];
            for (int i = 0; i < out.length; i++) {
                int id = ids.computeIfAbsent(words.get(i), w -> {
                    surface.add(false);
                    return ids.size();
                });
                if (isSurface) surface.set(id, true);
                out[i] = id;
            }
            return out;
        }
    }

    /**
     * Each note's words as last split, for the next search of a live preview; keeps only the notes
     * of the last search that ran through. A memo that does not remember splits every time (build).
     */
    static final class Memo {
        private final boolean remembers;
        private volatile Map<List<SearchDocument>, NoteWords> notes = Map.of();

        Memo(boolean remembers) {
            this.remembers = remembers;
        }

        NoteWords note(List<SearchDocument> sections, SearchAnalyzer analyzer, Map<String, String> canonical) {
            NoteWords kept = notes.get(sections);
            return kept != null ? kept : NoteWords.split(sections, analyzer, canonical);
        }

        void keepOnly(List<NoteWords> split) {
            if (!remembers) return;
            Map<List<SearchDocument>, NoteWords> next = new HashMap<>(split.size() * 2);
            for (NoteWords n : split) next.put(n.sections(), n);
            notes = next;
        }
    }

    /** Ranges [from, to) of consecutive sections of one note: its title is split once. */
    private static List<int[]> noteRanges(List<SearchDocument> docs) {
        List<int[]> ranges = new ArrayList<>();
        for (int from = 0, to; from < docs.size(); from = to) {
            to = from + 1;
            while (to < docs.size() && docs.get(to).note().equals(docs.get(from).note())
                    && docs.get(to).noteTitle().equals(docs.get(from).noteTitle())) to++;
            ranges.add(new int[] {from, to});
        }
        return ranges;
    }

    /**
     * Numbers every note's words in the vocabulary's order (surface words sorted, then words only in
     * parents, sorted), so that everything computed from ids is the same for the same vault.
     */
    private static SectionWords numbered(List<NoteWords> notes, SearchAnalyzer analyzer) {
        Map<String, Boolean> surface = new HashMap<>();
        for (NoteWords n : notes) {
            for (int i = 0; i < n.words().length; i++) surface.merge(n.words()[i], n.surface()[i], Boolean::logicalOr);
        }
        List<String> surfaces = new ArrayList<>();
        List<String> others = new ArrayList<>();
        surface.forEach((word, isSurface) -> (isSurface ? surfaces : others).add(word));
        // Java's String order, as the browser sorts (UTF-16 code units).
        surfaces.sort(null);
        others.sort(null);
        Map<String, Integer> order = new HashMap<>(surface.size() * 2);
        String[] sorted = new String[surface.size()];
        for (int i = 0; i < surfaces.size(); i++) sorted[i] = surfaces.get(i);
        for (int i = 0; i < others.size(); i++) sorted[surfaces.size() + i] = others.get(i);
        for (int i = 0; i < sorted.length; i++) order.put(sorted[i], i);
        List<Parts> sections = notes.parallelStream().flatMap(n -> {
            int[] newId = new int[n.words().length];
            for (int i = 0; i < newId.length; i++) newId[i] = order.get(n.words()[i]);
            java.util.IdentityHashMap<int[], int[]> done = new java.util.IdentityHashMap<>();
            return n.parts().stream().map(p -> new Parts(remap(p.title(), newId, done), remap(p.heading(), newId, done),
                    remap(p.parents(), newId, done), remap(p.tags(), newId, done), remap(p.text(), newId, done), remap(p.code(), newId, done)));
        }).toList();
        String[] stems = IntStream.range(0, sorted.length).parallel().mapToObj(i -> analyzer.stem(sorted[i])).toArray(String[]::new);
        boolean[] stop = new boolean[sorted.length];
        for (int i = 0; i < sorted.length; i++) stop[i] = analyzer.isStopWord(sorted[i]);
        Vocabulary vocabulary = new Vocabulary(surfaces, Arrays.asList(stems).subList(0, surfaces.size()), analyzer);
        return new SectionWords(sections, stems, stop, vocabulary);
    }

    /** The array with new ids, once per array (a note's sections share their title's). */
    private static int[] remap(int[] ids, int[] newId, java.util.IdentityHashMap<int[], int[]> done) {
        int[] mapped = done.get(ids);
        if (mapped != null) return mapped;
        mapped = new int[ids.length];
        for (int i = 0; i < ids.length; i++) mapped[i] = newId[ids[i]];
        done.put(ids, mapped);
        return mapped;
    }

    List<Parts> sections() {
        return sections;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** How many words there are: ids run from 0 to this, less one. */
    int size() {
        return stems.length;
    }

    /** The stem of word {@code id} (stop word or not). */
    String stem(int id) {
        return stems[id];
    }

    boolean isStopWord(int id) {
        return stopWords[id];
    }

    private static final int[] EMPTY = new int[0];
}
