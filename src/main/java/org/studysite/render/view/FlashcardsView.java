package org.studysite.render.view;

import java.util.List;

/**
 * One part of the flashcard deck: its cards grouped by note and section ({@code count} of them,
 * {@code total} in the whole deck), which part it is (1-based, of {@code parts}), the localStorage key progress is saved
 * under (namespaced by site title, so sites do not clash) and the pager. The tag and note filters
 * are built by flashcards.js from the cards themselves: they exist only with the script. When the
 * deck is split, a part's cards are in {@code listScript} (relative to the page), else it is empty.
 */
public record FlashcardsView(String path, String rootPath, String title, List<FlashcardNote> notes, int count, int total,
                             int part, int parts, String storageKey, List<PartLink> pager, String listScript) {
    public FlashcardsView {
        notes = List.copyOf(notes);
        pager = List.copyOf(pager);
    }
}
