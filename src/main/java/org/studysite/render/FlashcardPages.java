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
 * without JavaScript) and flashcards.tsv (the same cards for an Anki import), both from one deck.
 */
final class FlashcardPages {
    static final SitePath HTML = new SitePath("flashcards.html");
    static final SitePath TSV = new SitePath("flashcards.tsv");
    private final FlashcardDeck deck = new FlashcardDeck();

    List<PlannedPage> plan(Library library, List<Note> ordered, String siteTitle) {
        List<Flashcard> cards = deck.cards(library, ordered);
        FlashcardsView view = new FlashcardsView(HTML.value(), HTML.rootPath(), "Flashcards", cards,
                noteFilters(cards), tagFilters(cards), "studysite.flashcards." + siteTitle);
        return List.of(new PlannedPage(HTML, "flashcards.ftlh", view),
                new PlannedPage(TSV, "flashcards.tsv.ftl", new AnkiFileView(TSV.value(), TSV.rootPath(), AnkiLines.lines(cards))));
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
