package org.studysite.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
        ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        Splitter splitter = new Splitter(analyzer, ids, next);
        List<int[]> notes = noteRanges(docs);
        List<Parts> sections = notes.parallelStream()
                .flatMap(range -> splitter.note(docs.subList(range[0], range[1])).stream()).toList();
        String[] words = new String[next.get()];
        ids.forEach((word, id) -> words[id] = word);
        return renumbered(sections, words, analyzer);
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
     * Ids in order of first sight depend on thread timing; renumber them into the vocabulary's order,
     * so that everything computed from ids is the same for the same vault.
     */
    private static SectionWords renumbered(List<Parts> sections, String[] words, SearchAnalyzer analyzer) {
        boolean[] surface = new boolean[words.length];
        for (Parts p : sections) {
            for (int[] part : List.of(p.title(), p.heading(), p.tags(), p.text(), p.code())) for (int w : part) surface[w] = true;
        }
        List<String> surfaces = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int w = 0; w < words.length; w++) (surface[w] ? surfaces : others).add(words[w]);
        // Java's String order, as the browser sorts (UTF-16 code units).
        surfaces.sort(null);
        others.sort(null);
        java.util.Map<String, Integer> order = new java.util.HashMap<>(words.length * 2);
        String[] sorted = new String[words.length];
        for (int i = 0; i < surfaces.size(); i++) sorted[i] = surfaces.get(i);
        for (int i = 0; i < others.size(); i++) sorted[surfaces.size() + i] = others.get(i);
        for (int i = 0; i < sorted.length; i++) order.put(sorted[i], i);
        int[] newId = new int[words.length];
        for (int w = 0; w < words.length; w++) newId[w] = order.get(words[w]);
        java.util.IdentityHashMap<int[], int[]> done = new java.util.IdentityHashMap<>();
        List<Parts> renumbered = new ArrayList<>(sections.size());
        for (Parts p : sections) {
            renumbered.add(new Parts(remap(p.title(), newId, done), remap(p.heading(), newId, done), remap(p.parents(), newId, done),
                    remap(p.tags(), newId, done), remap(p.text(), newId, done), remap(p.code(), newId, done)));
        }
        String[] stems = IntStream.range(0, sorted.length).parallel().mapToObj(i -> analyzer.stem(sorted[i])).toArray(String[]::new);
        boolean[] stop = new boolean[sorted.length];
        for (int i = 0; i < sorted.length; i++) stop[i] = analyzer.isStopWord(sorted[i]);
        Vocabulary vocabulary = new Vocabulary(surfaces, Arrays.asList(stems).subList(0, surfaces.size()), analyzer);
        return new SectionWords(renumbered, stems, stop, vocabulary);
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

    /** The stem of word {@code id} (stop word or not). */
    String stem(int id) {
        return stems[id];
    }

    boolean isStopWord(int id) {
        return stopWords[id];
    }

    /** Splits one note's sections; word ids are handed out on first sight, by any thread. */
    private record Splitter(SearchAnalyzer analyzer, ConcurrentHashMap<String, Integer> ids, AtomicInteger next) {
        List<Parts> note(List<SearchDocument> docs) {
            int[] title = ids(docs.get(0).noteTitle());
            List<Parts> parts = new ArrayList<>(docs.size());
            for (SearchDocument d : docs) {
                parts.add(new Parts(title, ids(d.heading()), ids(LuceneIndexer.parents(d)), ids(String.join(" ", d.tags())),
                        ids(d.text()), ids(d.code())));
            }
            return parts;
        }

        private int[] ids(String text) {
            if (text.isEmpty()) return EMPTY;
            List<String> words = analyzer.words(text);
            int[] out = new int[words.size()];
            for (int i = 0; i < out.length; i++) out[i] = id(words.get(i));
            return out;
        }

        private int id(String word) {
            Integer id = ids.get(word);
            return id != null ? id : ids.computeIfAbsent(word, w -> next.getAndIncrement());
        }
    }

    private static final int[] EMPTY = new int[0];
}
