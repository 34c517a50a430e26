package org.studysite.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.SitePath;
import org.studysite.render.view.DeckLink;
import org.studysite.url.Hrefs;
import org.studysite.url.SitePaths;

/**
 * The "N cards due" links of the home page and the note pages, made from the deck as it is split into
 * parts ({@link FlashcardPages#parts}), so a note's link leads to the part its cards are on. A note's
 * link says only what its own cards make (their ids and count) and which part holds them: an edit of
 * another note changes it only when it moves the note to another part.
 */
final class DeckLinks {
    private final Map<NoteId, DeckLink> notes;
    private final Map<NoteId, Integer> parts;
    private final DeckLink home;

    private DeckLinks(Map<NoteId, DeckLink> notes, Map<NoteId, Integer> parts, DeckLink home) {
        this.notes = notes;
        this.parts = parts;
        this.home = home;
    }

    /** {@code parts}: the deck's cards in deck order, split as the deck pages are (a note's cards on one part). */
    static DeckLinks of(Library library, List<List<Flashcard>> parts, String storageKey) {
        Map<NoteId, DeckLink> notes = new HashMap<>();
        Map<NoteId, Integer> partOf = new HashMap<>();
        int total = 0;
        for (int i = 0; i < parts.size(); i++) {
            for (List<Flashcard> cards : FlashcardGroups.runs(parts.get(i), Flashcard::note)) {
                NoteId note = new NoteId(cards.get(0).note());
                notes.put(note, link(library, note, cards, i, storageKey));
                partOf.put(note, i);
            }
            total += parts.get(i).size();
        }
        DeckLink home = total == 0 ? null : new DeckLink(Hrefs.between(SitePaths.HOME, FlashcardPages.HTML), total, "", "", storageKey);
        return new DeckLinks(notes, partOf, home);
    }

    /**
     * The links of a few notes only (a live preview's first pages after a save), without splitting the whole
     * deck again: {@code cards} are those notes' cards, and each note's part is where an earlier plan put it
     * ({@code partOf}, {@link #parts}); a note that had no cards then takes the part of the nearest note
     * before it in {@code ordered} that had. The full plan that follows corrects a part this guessed wrong.
     */
    static DeckLinks ofNotes(Library library, List<Flashcard> cards, Map<NoteId, Integer> partOf, List<Note> ordered,
                             String storageKey) {
        Map<NoteId, DeckLink> notes = new HashMap<>();
        for (List<Flashcard> noteCards : FlashcardGroups.runs(cards, Flashcard::note)) {
            NoteId note = new NoteId(noteCards.get(0).note());
            notes.put(note, link(library, note, noteCards, partBefore(note, partOf, ordered), storageKey));
        }
        return new DeckLinks(notes, Map.copyOf(partOf), null);
    }

    private static int partBefore(NoteId note, Map<NoteId, Integer> partOf, List<Note> ordered) {
        Integer part = partOf.get(note);
        for (int i = ordered.size() - 1; part == null && i >= 0; i--) {
            if (ordered.get(i).id().equals(note)) {
                for (int j = i - 1; part == null && j >= 0; j--) part = partOf.get(ordered.get(j).id());
                break;
            }
        }
        return part == null ? 0 : part;
    }

    private static DeckLink link(Library library, NoteId note, List<Flashcard> cards, int part, String storageKey) {
        String ids = cards.stream().map(Flashcard::shortId).collect(Collectors.joining(" "));
        String href = Hrefs.between(library.pages().get(note), Parts.path(FlashcardPages.HTML, part), "note", note.value());
        return new DeckLink(href, cards.size(), note.value(), ids, storageKey);
    }

    /** The link of {@code note}'s page, or null when the note has no cards. */
    DeckLink note(NoteId note) {
        return notes.get(note);
    }

    /** The home page's link to the whole deck, or null when the deck is empty. */
    DeckLink home() {
        return home;
    }

    /** Which part (0-based) holds each note's cards; notes without cards are not in it. */
    Map<NoteId, Integer> parts() {
        return parts;
    }
}
