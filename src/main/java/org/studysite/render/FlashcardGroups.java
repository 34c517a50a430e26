package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.studysite.render.view.FlashcardItem;
import org.studysite.render.view.FlashcardNote;
import org.studysite.render.view.FlashcardSection;

/**
 * A deck page's cards grouped as the page shows them: under their note's heading, then under
 * their source section's heading. What a heading says is written there once, not on each card:
 * the note's link and title, the section's title and anchor, and the tags all of a note's (or
 * section's) cards carry. A card keeps its front and back text, the tags it has beyond its
 * section's, and a short code (see {@link #code}).
 */
final class FlashcardGroups {
    /** One letter per kind in a card's code; flashcards.js maps them back (KINDS there). */
    private static final Map<String, String> KIND_LETTERS = Map.of(FlashcardDeck.DRILL, "d", FlashcardDeck.TABLE, "t",
            FlashcardDeck.SCENARIO, "s", FlashcardDeck.DEFINITION, "g");

    private FlashcardGroups() {
    }

    /** The letter of a card kind in codes: d(rill), t(able), s(cenario), (glossary) g. */
    static String letter(String kind) {
        return KIND_LETTERS.get(kind);
    }

    /** Cards in deck order (a note's cards together) as notes with sections. */
    static List<FlashcardNote> of(List<Flashcard> cards) {
        List<FlashcardNote> notes = new ArrayList<>();
        for (List<Flashcard> noteCards : runs(cards, Flashcard::note)) {
            Flashcard first = noteCards.get(0);
            List<String> noteTags = shared(noteCards, first.tags());
            List<FlashcardSection> sections = runs(noteCards, Flashcard::anchor).stream().map(s -> section(s, noteTags)).toList();
            notes.add(new FlashcardNote(first.note(), first.noteTitle(), first.page(), hashed(noteTags), sections));
        }
        return notes;
    }

    /** A section's cards; tags all of them carry, beyond the note's ({@code above}), are the section's. */
    private static FlashcardSection section(List<Flashcard> cards, List<String> above) {
        List<String> sectionTags = shared(cards, cards.get(0).tags().stream().filter(t -> !above.contains(t)).toList());
        List<FlashcardItem> items = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        int lineBefore = 0;
        for (Flashcard c : cards) {
            List<String> own = c.tags().stream().filter(t -> !above.contains(t) && !sectionTags.contains(t)).toList();
            items.add(new FlashcardItem(c.number() > 0 ? c.front() : c.question(), c.back(), hashed(own)));
            codes.add(code(c, lineBefore));
            lineBefore = c.line();
        }
        Flashcard first = cards.get(0);
        return new FlashcardSection(first.section(), first.anchor(), hashed(sectionTags), String.join(" ", codes), items);
    }

    /** The {@code candidates} every card carries, in their order. */
    private static List<String> shared(List<Flashcard> cards, List<String> candidates) {
        return candidates.stream().filter(t -> cards.stream().allMatch(c -> c.tags().contains(t))).toList();
    }

    /**
     * A card's code: its source line, as a step from the previous card's in the section ({@code lineBefore}; 0
     * for the first, whose line is then whole), kind letter and table row ("12g", "0t2"), then what its Anki
     * front adds to the front shown, then its content key, 6 characters and a repeat number if any
     * ("12g-0k3x9v", "7dx2m0ab-2"; no separator, as every character of a large deck counts). A glossary term
     * ("g") adds " — " and its section's title unless marked "-" (the term is that title); "*" adds
     * " (" note title ")". A numbered front (rare: the same question twice in a note) is shown whole
     * and marked "-", as the number must come last. The note id, kind and key give the card's
     * {@link Flashcard#id}; line, kind and row give its {@link Flashcard#legacyId}, which flashcards.js
     * needs only to move progress saved before issue 11 (drop them once that has had its time).
     */
    static String code(Flashcard c, int lineBefore) {
        String line = (c.line() - lineBefore) + KIND_LETTERS.get(c.kind()) + (c.row() > 0 ? String.valueOf(c.row()) : "");
        boolean glossary = c.kind().equals(FlashcardDeck.DEFINITION);
        String flags = c.number() > 0 ? (glossary ? "-" : "") : (glossary && !c.withSection() ? "-" : "") + (c.withNoteTitle() ? "*" : "");
        return line + flags + c.key();
    }

    private static String hashed(List<String> tags) {
        return tags.isEmpty() ? "" : "#" + String.join(" #", tags);
    }

    /** Consecutive runs of cards with the same key, in order. */
    static List<List<Flashcard>> runs(List<Flashcard> cards, java.util.function.Function<Flashcard, String> key) {
        List<List<Flashcard>> runs = new ArrayList<>();
        String last = null;
        for (Flashcard c : cards) {
            String k = key.apply(c);
            if (!k.equals(last)) runs.add(new ArrayList<>());
            runs.get(runs.size() - 1).add(c);
            last = k;
        }
        return runs;
    }
}
