package org.studysite.render.view;

/** One option of a flashcard filter: the value cards carry (note id or tag name), its label and card count. */
public record FlashcardFilter(String value, String label, int count) {
}
