package org.studysite.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.SitePath;
import org.studysite.render.view.AnkiFileView;
import org.studysite.render.view.Flashcard;
import org.studysite.render.view.FlashcardFilter;
import org.studysite.render.view.FlashcardsView;

/**
 * The two flashcard outputs at the site root: flashcards.html (the deck, readable as a plain list
 * without JavaScript; split into parts by note in a large vault) and flashcards.tsv (the same cards
 * for an Anki import, one file as Anki imports one), both from one deck.
 */
final class FlashcardPages {
    static final SitePath HTML = new SitePath("flashcards.html");
    static final SitePath TSV = new SitePath("flashcards.tsv");
    private final FlashcardDeck deck = new FlashcardDeck();

    List<PlannedPage> plan(Library library, List<Note> ordered, String siteTitle) {
        List<Flashcard> cards = deck.cards(library, ordered);
        // A note's cards stay on one part, so "?note=" filters always find all of them.
        Map<String, List<Flashcard>> byNote = new LinkedHashMap<>();
        cards.forEach(c -> byNote.computeIfAbsent(c.note(), n -> new java.util.ArrayList<>()).add(c));
        List<List<List<Flashcard>>> parts = Parts.split(List.copyOf(byNote.values()), FlashcardPages::weight);
        List<List<Flashcard>> flat = parts.stream().map(p -> p.stream().flatMap(List::stream).toList()).toList();
        List<String> labels = Parts.ranges(flat);
        List<PlannedPage> pages = new java.util.ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            SitePath path = Parts.path(HTML, i);
            String title = flat.size() < 2 ? "Flashcards" : "Flashcards (part " + (i + 1) + " of " + flat.size() + ")";
            pages.add(new PlannedPage(path, "flashcards.ftlh", new FlashcardsView(path.value(), path.rootPath(), title, flat.get(i),
                    cards.size(), noteFilters(flat.get(i)), tagFilters(flat.get(i)), "studysite.flashcards." + siteTitle,
                    Parts.pager(HTML, flat.size(), i, labels))));
        }
        pages.add(new PlannedPage(TSV, "flashcards.tsv.ftl", new AnkiFileView(TSV.value(), TSV.rootPath(), AnkiLines.lines(cards))));
        return pages;
    }

    private static int weight(List<Flashcard> noteCards) {
        int w = 0;
        for (Flashcard c : noteCards) w += Parts.weigh(c.front(), String.join(" ", c.back()), c.noteTitle(), c.href()) + 30 * c.tags().size();
        return w;
    }

    /** Notes that have cards, in navigation order (the order cards come in). */
    private static List<FlashcardFilter> noteFilters(List<Flashcard> cards) {
        Map<String, FlashcardFilter> byNote = new LinkedHashMap<>();
        for (Flashcard c : cards) {
            byNote.merge(c.note(), new FlashcardFilter(c.note(), c.noteTitle(), 1),
                    (a, b) -> new FlashcardFilter(a.value(), a.label(), a.count() + 1));
        }
        return List.copyOf(byNote.values());
    }

    /** Tags that cards carry, by name. */
    private static List<FlashcardFilter> tagFilters(List<Flashcard> cards) {
        Map<String, Integer> counts = new TreeMap<>();
        cards.forEach(c -> c.tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts.entrySet().stream().map(e -> new FlashcardFilter(e.getKey(), "#" + e.getKey(), e.getValue())).toList();
    }
}
