package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.studysite.model.Library;
import org.studysite.model.NoteId;
import org.studysite.render.view.DeckLink;
import org.studysite.render.view.FlashcardNote;
import org.studysite.render.view.FlashcardSection;
import org.studysite.render.view.FlashcardsView;
import org.studysite.testing.Notes;

/** The "N cards due" links: which deck part a note's link leads to, with which of its cards. */
class DeckLinksTest {
    private static final String KEY = "studysite.flashcards.Vault";
    /** A card's code as flashcards.js reads it (CODE there): kind letter in group 2, key (and repeat number) in group 6. */
    private static final Pattern CODE = Pattern.compile("^(\\d+)([a-z])(\\d*)(-?)(\\*?)([0-9a-z]{6}(?:-\\d+)?)$");

    private static final Library VAULT = Notes.library(
            "aws/a.md", """
                    # A
                    ## Drills
                    - **"Track runs?"** → Experiments
                    - Track runs? -> again, the same question

                    | Scenario | Pick |
                    |---|---|
                    | Nightly scoring | Batch Transform |

                    **Endpoint** - a URL that answers.
                    """,
            "b.md", "# B\n\nNo cards here, only prose.\n",
            "c c.md", "# C\n- one? -> 1\n- two? -> 2\n- three? -> 3\n").value();

    private static List<Flashcard> cards() {
        return new FlashcardDeck().cards(VAULT, new SiteViews().ordered(VAULT));
    }

    @Test
    void aOnePartDeckLinksEachNoteWithCardsToTheDeckFilteredToItAndHomeToTheWholeDeck() {
        DeckLinks links = DeckLinks.of(VAULT, FlashcardPages.parts(cards(), FlashcardPages.BUDGET), KEY);

        assertEquals(new DeckLink("../../flashcards.html?note=aws/a", 4, "aws/a",
                "d" + ContentIds.key("Track runs?") + " d" + ContentIds.key("Track runs?") + "-2"
                        + " t" + ContentIds.key("Scenario: Nightly scoring") + " g" + ContentIds.key("Endpoint — Drills"), KEY),
                links.note(new NoteId("aws/a")), "source order, a repeated front numbered, as the deck saves progress");
        assertEquals(new DeckLink("../flashcards.html?note=c%20c", 3, "c c",
                "d" + ContentIds.key("one?") + " d" + ContentIds.key("two?") + " d" + ContentIds.key("three?"), KEY),
                links.note(new NoteId("c c")), "the note id percent-encoded in the query, as it is in data-note");
        assertNull(links.note(new NoteId("b")), "a note without cards has no link");
        assertEquals(new DeckLink("flashcards.html", 7, "", "", KEY), links.home(), "home: the whole deck, no ids");
    }

    @Test
    void aNotesLinkLeadsToThePartThatHoldsItsCards() {
        List<List<Flashcard>> parts = FlashcardPages.parts(cards(), 1); // every note alone on a part
        DeckLinks links = DeckLinks.of(VAULT, parts, KEY);
        List<PlannedPage> pages = new FlashcardPages().plan(parts, "Vault");

        // Navigation order: notes at the vault's root first (c c), then folders (aws/a).
        assertEquals("../flashcards.html?note=c%20c", links.note(new NoteId("c c")).href());
        assertEquals("../../flashcards.2.html?note=aws/a", links.note(new NoteId("aws/a")).href());
        for (NoteId note : List.of(new NoteId("aws/a"), new NoteId("c c"))) {
            String page = links.note(note).href().replaceFirst("^(\\.\\./)*", "").replaceFirst("\\?.*", "");
            assertEquals(List.of(note.value()), deckNotes(pages, page), "the part " + page + " holds the cards of " + note);
        }
        assertEquals(7, links.home().count(), "home counts every part's cards");
        assertEquals("flashcards.html", links.home().href());
    }

    @Test
    void aNotesIdsAreTheOnesTheDeckPagesCodesGiveInTheirOrder() {
        List<List<Flashcard>> parts = FlashcardPages.parts(cards(), FlashcardPages.BUDGET);
        DeckLinks links = DeckLinks.of(VAULT, parts, KEY);
        FlashcardsView deck = (FlashcardsView) new FlashcardPages().plan(parts, "Vault").get(0).view();

        assertEquals(List.of("c c", "aws/a"), deck.notes().stream().map(FlashcardNote::id).toList());
        for (FlashcardNote note : deck.notes()) {
            List<String> ids = new ArrayList<>();
            for (FlashcardSection section : note.sections()) {
                for (String code : section.codes().split(" ")) {
                    Matcher m = CODE.matcher(code);
                    assertEquals(true, m.matches(), code);
                    ids.add(m.group(2) + m.group(6)); // the kind's letter and the key, as the code has them
                }
            }
            assertEquals(String.join(" ", ids), links.note(new NoteId(note.id())).ids(), note.id());
        }
    }

    @Test
    void aLivePreviewsFirstPagesTakeTheLastPlansPartsAndANoteNewToTheDeckThePartBeforeIt() {
        List<List<Flashcard>> parts = FlashcardPages.parts(cards(), 1);
        Map<NoteId, Integer> partOf = DeckLinks.of(VAULT, parts, KEY).parts();
        assertEquals(Map.of(new NoteId("c c"), 0, new NoteId("aws/a"), 1), partOf);

        Library edited = Notes.library("aws/a.md", "# A\n- x -> y\n", "aws/b.md", "# B2\n- new? -> yes\n",
                "b.md", "# B\n- now a card? -> yes\n", "c c.md", "# C\n- one? -> 1\n").value();
        List<org.studysite.model.Note> ordered = new SiteViews().ordered(edited);
        DeckLinks quick = DeckLinks.ofNotes(edited, new FlashcardDeck().cards(edited, ordered), partOf, ordered, KEY);

        assertEquals(new DeckLink("../../flashcards.2.html?note=aws/a", 1, "aws/a", "d" + ContentIds.key("x"), KEY),
                quick.note(new NoteId("aws/a")), "its own cards, on the part the last plan put it");
        assertEquals("../../flashcards.2.html?note=aws/b", quick.note(new NoteId("aws/b")).href(), "new to the deck: aws/a's part");
        assertEquals("../flashcards.html?note=b", quick.note(new NoteId("b")).href(), "new, and no note with cards before it: the first part");
        assertNull(quick.home(), "the home page is not among a preview's first pages");
    }

    private static List<String> deckNotes(List<PlannedPage> pages, String path) {
        Object view = pages.stream().filter(p -> p.path().value().equals(path)).findFirst().orElseThrow().view();
        if (view instanceof FlashcardsView v && !v.notes().isEmpty()) return v.notes().stream().map(FlashcardNote::id).toList();
        // A split deck's page holds no cards: they are in its packed list script.
        String script = "lists/" + path.replace(".html", ".js");
        Object packed = pages.stream().filter(p -> p.path().value().equals(script)).findFirst().orElseThrow().view();
        return ((FlashcardsView) ((org.studysite.render.view.PackedPart) packed).page()).notes().stream().map(FlashcardNote::id).toList();
    }
}
