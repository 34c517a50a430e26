package org.studysite.render.view;

import java.util.List;

/**
 * The flashcards page: every card in navigation order, the note and tag filters, and the
 * localStorage key progress is saved under (namespaced by site title, so sites do not clash).
 */
public record FlashcardsView(String path, String rootPath, String title, List<Flashcard> cards,
                             List<FlashcardFilter> notes, List<FlashcardFilter> tags, String storageKey) {
    public FlashcardsView {
        cards = List.copyOf(cards);
        notes = List.copyOf(notes);
        tags = List.copyOf(tags);
    }
}
