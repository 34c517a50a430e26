package org.studysite.render.view;

import java.util.List;

/**
 * The cards of one source section: its heading's text and id on the note's page ({@code anchor},
 * "" for text before any heading), the tags all of its cards carry beyond the note's, and the cards.
 * {@code codes} holds one code per card, space-separated, from which flashcards.js reads the
 * card's id and makes its Anki front (see {@code FlashcardGroups.code}): what the headings say is not
 * repeated on every card.
 */
public record FlashcardSection(String title, String anchor, String tags, String codes, List<FlashcardItem> cards) {
    public FlashcardSection {
        cards = List.copyOf(cards);
    }
}
