package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.studysite.model.SitePath;
import org.studysite.render.view.FlashcardNote;
import org.studysite.render.view.FlashcardsView;
import org.studysite.render.view.PackedPart;
import org.studysite.render.view.PartLink;
import org.studysite.url.Hrefs;
import org.studysite.url.SitePaths;

/**
 * The flashcard deck: flashcards.html, readable as a plain list without JavaScript, split into
 * parts by note in a large vault (a note's cards stay on one part, so "?note=" finds them all). A
 * split deck's cards are packed per part into a script (lists/flashcards.n.js) that the part's page
 * inflates: card markup deflates to about a fifth, and the deck is a script-driven tool anyway.
 * The Anki file is not written at build time: flashcards.js makes it from the cards on the pages
 * (the whole deck when the site is served, the part when it is opened from disk, where a page may
 * not read its neighbours), so the cards' text is in the output once.
 */
final class FlashcardPages {
    static final SitePath HTML = SitePaths.FLASHCARDS;
    /**
     * About this many bytes of cards make one part: fewer, larger parts mean fewer Anki files to
     * import from a site on disk, while every page stays well under 1 MiB.
     */
    static final int BUDGET = 800_000;

    /** The key the deck's progress is saved under in localStorage (before the site's folder): one per vault, named by its title. */
    static String storageKey(String siteTitle) {
        return "studysite.flashcards." + siteTitle;
    }

    /** The deck's cards (in deck order) as the parts its pages hold: about {@code budget} bytes each, a note's cards on one part. */
    static List<List<Flashcard>> parts(List<Flashcard> cards, int budget) {
        return Parts.split(FlashcardGroups.runs(cards, Flashcard::note), FlashcardPages::weight, budget).stream()
                .map(part -> part.stream().flatMap(List::stream).toList()).toList();
    }

    /** The deck's pages, one a part ({@link #parts}). */
    List<PlannedPage> plan(List<List<Flashcard>> parts, String siteTitle) {
        List<String> labels = Parts.ranges(parts);
        int total = parts.stream().mapToInt(List::size).sum(); // not the deck itself: a part's page holds its own cards only
        List<PlannedPage> pages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SitePath path = Parts.path(HTML, i);
            String title = parts.size() < 2 ? "Flashcards" : "Flashcards (part " + (i + 1) + " of " + parts.size() + ")";
            List<Flashcard> part = parts.get(i);
            int number = i + 1;
            List<PartLink> pager = Parts.pager(HTML, parts.size(), i, labels);
            SitePath script = Parts.listScript(path, parts.size());
            String scriptHref = script == null ? "" : Hrefs.between(path, script);
            Function<List<FlashcardNote>, FlashcardsView> view = notes -> new FlashcardsView(Hrefs.fromRoot(path), path.rootPath(), title,
                    notes, part.size(), total, number, parts.size(), storageKey(siteTitle), pager, scriptHref);
            if (script == null) {
                pages.add(PlannedPage.lazy(path, "flashcards.ftlh", () -> view.apply(FlashcardGroups.of(part))));
            } else {
                // The page needs the deck's counts and pager, not its cards: those are in the script.
                pages.add(PlannedPage.lazy(path, "flashcards.ftlh", () -> view.apply(List.of())));
                pages.add(PlannedPage.lazy(script, "flashcards-list.ftlh", () -> new PackedPart(view.apply(FlashcardGroups.of(part)))));
            }
        }
        return pages;
    }

    /**
     * About the bytes a note's cards take on the page (UTF-8, so a vault in any script splits alike):
     * their text, a few tags of markup a card, a heading for the note and one for each section.
     */
    private static int weight(List<Flashcard> noteCards) {
        Flashcard first = noteCards.get(0);
        int w = 100 + 2 * bytes(first.note()) + bytes(first.noteTitle()) + 12 * first.tags().size();
        String section = null;
        for (Flashcard c : noteCards) {
            w += 16 + bytes(c.question()) + c.back().stream().mapToInt(b -> bytes(b) + 4).sum();
            if (!c.anchor().equals(section)) w += 30 + bytes(c.section()) + bytes(c.anchor());
            section = c.anchor();
        }
        return w;
    }

    /** The UTF-8 length of {@code text}, without encoding it. */
    static int bytes(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            n += ch < 0x80 ? 1 : ch < 0x800 || Character.isSurrogate(ch) ? 2 : 3;
        }
        return n;
    }
}
