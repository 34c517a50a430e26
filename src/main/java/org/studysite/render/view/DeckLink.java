package org.studysite.render.view;

/**
 * A page's "N cards due" link to the flashcard deck (partials/deck-due.ftlh; deck-store.js counts what is
 * due). {@code href} is relative to the page: the deck part holding the note's cards, filtered to them
 * ({@code flashcards.2.html?note=aws%2Fa}), or the deck itself on the home page. {@code count} is how many
 * cards it covers (the note's, or the whole deck's); {@code note} is the note's id and {@code ids} its
 * cards' ids without the note's (the kind's letter and key: "g0k3x9v d5fq0a1-2", deck order), both "" on the home
 * page, whose count deck-store.js makes from the total. {@code storageKey} names the deck's saved progress.
 * A note page's link holds nothing another note's edit changes but the part number (a page's view is its
 * live-preview cache key).
 */
public record DeckLink(String href, int count, String note, String ids, String storageKey) {
}
