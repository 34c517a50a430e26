package org.studysite.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every word the vault uses as written (its surface words, {@link SectionWords}), with its stem: what a query
 * word can match. The browser export ships exactly this table, so both sides expand a word alike:
 * the word itself; while typing, up to {@link #EXPANSIONS} words it starts; for an unknown word of
 * five or more letters, up to {@link #EXPANSIONS} words one edit away with the same first two
 * letters (Lucene FuzzyQuery's prefixLength 2: typos rarely hit the start, and it keeps lookups local).
 */
final class Vocabulary {
    static final int EXPANSIONS = 20;
    static final int FUZZY_MIN_LENGTH = 5;
    private final List<String> surfaces;
    private final SearchAnalyzer analyzer;
    /** Each stem's id: the index of the first surface word (in order) with that stem. */
    private Map<String, Integer> stemIds;
    private String[] stems;

    /** @param surfaces every surface word once, sorted by String order */
    Vocabulary(List<String> surfaces, SearchAnalyzer analyzer) {
        this.surfaces = List.copyOf(surfaces);
        this.analyzer = analyzer;
    }

    /** @param stems the stem of each surface word, computed already */
    Vocabulary(List<String> surfaces, List<String> stems, SearchAnalyzer analyzer) {
        this(surfaces, analyzer);
        this.stems = stems.toArray(String[]::new);
    }

    List<String> surfaces() {
        return surfaces;
    }

    boolean contains(String surface) {
        return java.util.Collections.binarySearch(surfaces, surface) >= 0;
    }

    String stem(String surface) {
        return analyzer.stem(surface);
    }

    /** The stem of the i-th surface word (computed once). */
    String stemAt(int i) {
        if (stems == null) stems = new String[surfaces.size()];
        if (stems[i] == null) stems[i] = analyzer.stem(surfaces.get(i));
        return stems[i];
    }

    boolean isStopWord(String surface) {
        return analyzer.isStopWord(surface);
    }

    /**
     * A stem's id, the index of the first surface word with that stem, or -1 if no word has it.
     * The browser export names terms by id (its dictionary gives each word's), not by string.
     */
    int stemId(String stem) {
        if (stemIds == null) {
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < surfaces.size(); i++) ids.putIfAbsent(stemAt(i), i);
            stemIds = ids;
        }
        return stemIds.getOrDefault(stem, -1);
    }

    /** The scoring terms a query word stands for: exact first, then prefix or typo variants. */
    Variants variants(String word, boolean prefix) {
        if (isStopWord(word)) return new Variants(Optional.empty(), List.of());
        Optional<String> exact = contains(word) ? Optional.of(stem(word)) : Optional.empty();
        List<String> more = new ArrayList<>();
        if (prefix && word.length() >= 2) {
            for (int i = after(word); i < surfaces.size() && surfaces.get(i).startsWith(word) && more.size() < EXPANSIONS; i++) {
                addTerm(surfaces.get(i), exact, more);
            }
        }
        if (exact.isEmpty() && more.isEmpty() && word.length() >= FUZZY_MIN_LENGTH) {
            String start = word.substring(0, 2);
            for (int i = first(start); i < surfaces.size() && surfaces.get(i).startsWith(start) && more.size() < EXPANSIONS; i++) {
                if (oneEditApart(surfaces.get(i), word)) addTerm(surfaces.get(i), exact, more);
            }
        }
        return new Variants(exact, more);
    }

    /** Index of the first surface word greater than {@code word}. */
    private int after(String word) {
        return -java.util.Collections.binarySearch(surfaces, word + "\0") - 1;
    }

    /** Index of the first surface word not less than {@code word}. */
    private int first(String word) {
        int at = java.util.Collections.binarySearch(surfaces, word);
        return at >= 0 ? at : -at - 1;
    }

    private void addTerm(String surface, Optional<String> exact, List<String> more) {
        if (isStopWord(surface)) return;
        String term = stem(surface);
        if (!exact.map(term::equals).orElse(false) && !more.contains(term)) more.add(term);
    }

    /** Levenshtein distance exactly 1 (a substitution, insertion or deletion). */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) return false;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) return a.substring(i + 1).equals(b.substring(i + 1));
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** An exact term (if the word is in the vault) and other terms it may stand for (weighted lower). */
    record Variants(Optional<String> exact, List<String> others) {
        boolean isEmpty() {
            return exact.isEmpty() && others.isEmpty();
        }
    }
}
