package org.studysite.render;

import java.util.List;
import java.util.regex.Pattern;
import org.studysite.url.Hrefs;

/**
 * One card of the deck. Texts are single-line and trimmed ({@link #flat}).
 * <ul>
 * <li>{@link #id} is what progress is saved under: note id, kind and the {@code key} of the front
 *     ({@link ContentIds}), so it survives lines added above the card; {@link #legacyId} is the id
 *     progress was saved under before (source line based), which flashcards.js moves once to the new id;</li>
 * <li>{@code question} is the front as the deck page shows it, under its note's and section's headings;</li>
 * <li>{@link #front} is the front as a card on its own needs it (Anki's first field): a glossary term
 *     names its section ({@code withSection}: "Purpose — Real-Time Hosting"), and since Anki merges
 *     cards with the same front, one found in several notes names its note ({@code withNoteTitle}) and
 *     one repeated within a note gets a {@code number} (2, 3, …; 0 when it needs none);</li>
 * <li>{@code page} is the note's page (site-root relative), {@code anchor} its source section's heading id
 *     ("" for text before any heading); {@code tags} are sorted names.</li>
 * </ul>
 */
record Flashcard(String note, int line, String kind, int row, String question, boolean withSection, List<String> back,
                 String noteTitle, String page, String section, String anchor, List<String> tags, boolean withNoteTitle,
                 int number, String key) {
    private static final Pattern BREAKS = Pattern.compile("[\\t\\r\\n]+");

    Flashcard {
        back = List.copyOf(back);
        tags = List.copyOf(tags);
    }

    /** A card as built from its source, before {@link UniqueFronts} has looked at the whole deck. */
    static Flashcard of(String note, int line, String kind, int row, String question, boolean withSection,
                        List<String> back, String noteTitle, String page, String section, String anchor, List<String> tags) {
        return new Flashcard(note, line, kind, row, flat(question), withSection, back.stream().map(Flashcard::flat).toList(),
                flat(noteTitle), page, flat(section), anchor, tags, false, 0, "");
    }

    /** The key progress is saved under: "aws/a:definition:0k3x9v", "aws/a:drill:5fq0a1-2". */
    String id() {
        return note + ":" + kind + ":" + key;
    }

    /**
     * The id in short, as a note page lists its cards: the kind's letter and the key ("g0k3x9v", "d5fq0a1-2");
     * deck-store.js makes the id from it and the note's. Half the bytes of the kind's name: a note page lists
     * every card of its note, and a thousand notes' pages hold some 60,000 of them.
     */
    String shortId() {
        return FlashcardGroups.letter(kind) + key;
    }

    /** The line-based id progress was saved under until issue 11: "aws/a:12:definition", "aws/a:30:table:2". */
    String legacyId() {
        return note + ":" + line + ":" + kind + (row > 0 ? ":" + row : "");
    }

    /** The card's source: its section on the note's page. */
    String href() {
        return page + Hrefs.fragment(anchor);
    }

    /** The front without the note's disambiguation: what {@link UniqueFronts} compares. */
    String plainFront() {
        return withSection ? question + " — " + section : question;
    }

    /** The front of the card on its own, unique in the deck: Anki's first field. */
    String front() {
        String front = withNoteTitle ? plainFront() + " (" + noteTitle + ")" : plainFront();
        return number > 0 ? front + " (" + number + ")" : front;
    }

    Flashcard unique(boolean withNoteTitle, int number) {
        return new Flashcard(note, line, kind, row, question, withSection, back, noteTitle, page, section, anchor, tags,
                withNoteTitle, number, key);
    }

    Flashcard withKey(String key) {
        return new Flashcard(note, line, kind, row, question, withSection, back, noteTitle, page, section, anchor, tags,
                withNoteTitle, number, key);
    }

    /**
     * Text as one trimmed line: a card field never holds a tab or a line break (they would end an
     * Anki field or line), so the page can show it as is and the browser can export it as is.
     */
    static String flat(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n') return BREAKS.matcher(text).replaceAll(" ").strip();
        }
        return text.strip();
    }
}
