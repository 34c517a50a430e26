package org.studysite.render.view;

import java.util.List;

/**
 * The flashcards page: every card in navigation order, the note and tag filters, and the
 * localStorage key progress is saved under (namespaced by site title, so sites do not clash).
 * A large deck is split into parts by note ({@code parts}); {@code total} counts every card.
 */
public record FlashcardsView(String path, String rootPath, String title, List<Flashcard> cards, int total,
                             List<FlashcardFilter> notes, List<FlashcardFilter> tags, String storageKey, List<PartLink> parts) {
    public FlashcardsView {
        parts = List.copyOf(parts);
        cards = List.copyOf(cards);
        notes = List.copyOf(notes);
        tags = List.copyOf(tags);
    }
}
