package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studysite.model.Library;
import org.studysite.render.view.FlashcardItem;
import org.studysite.render.view.FlashcardNote;
import org.studysite.render.view.FlashcardSection;

/** How a deck page groups cards: what each heading says once, and what each card's code adds back. */
class FlashcardGroupsTest {
    private static final Library LIBRARY = org.studysite.testing.Notes.library(
            "a.md", """
                    # A
                    **Tags:** `#exam-tip`

                    ## Batch `#core`
                    **Purpose:** one

                    - q -> 1
                    - q -> 2 `#gotcha`

                    ## Serving
                    - **Serving** - the term is the section's title

                    | Scenario | Answer |
                    |---|---|
                    | Nightly scoring | Batch Transform |
                    """,
            "b.md", "# B\n## Batch\n**Purpose:** two\n").value();

    private static List<Flashcard> cards() {
        return new FlashcardDeck().cards(LIBRARY, LIBRARY.pageNotes());
    }

    /** One line per heading and card, as the page shows them: "# note [tags]", "## section @anchor [tags]", "code | front | back [tags]". */
    private static List<String> page() {
        List<String> lines = new ArrayList<>();
        for (FlashcardNote n : FlashcardGroups.of(cards())) {
            lines.add("# " + n.title() + " " + n.href() + " [" + n.tags() + "]");
            for (FlashcardSection s : n.sections()) {
                lines.add("## " + s.title() + " @" + s.anchor() + " [" + s.tags() + "]");
                String[] codes = s.codes().split(" ");
                for (int i = 0; i < codes.length; i++) {
                    FlashcardItem c = s.cards().get(i);
                    assertTrue(codes[i].matches(".*[0-9a-z]{6}(-\\d+)?"), codes[i]);
                    lines.add(codes[i].replaceAll("[0-9a-z]{6}(-\\d+)?$", "") + " | " + c.front() + " | " + String.join(" / ", c.back()) + " [" + c.tags() + "]");
                }
            }
        }
        return lines;
    }

    @Test
    void headingsSayOnceWhatTheirCardsShareAndCardsKeepTheirOwn() {
        assertEquals(List.of(
                "# A notes/a.html [#exam-tip]",
                "## Batch @batch [#core]",
                "5g* | Purpose | one []",
                "2d | q | 1 []",
                "1d | q (2) | 2 [#gotcha]",
                "## Serving @serving []",
                "11g- | Serving | the term is the section's title []",
                "2t1 | Scenario: Nightly scoring | Batch Transform []",
                "# B notes/b.html []",
                "## Batch @batch []",
                "3g* | Purpose | two []"), page());
    }

    @Test
    void aCodeAndTheHeadingsGiveBackTheCardsIdLegacyIdAndAnkiFront() {
        // What flashcards.js does with a code: the id from note and code, the legacy id from the note, the
        // line (the steps of the section's codes added up) and code, the Anki front from the front
        // shown and what the code says to add (see CODE in flashcards.js).
        List<String> rebuilt = new ArrayList<>();
        for (FlashcardNote n : FlashcardGroups.of(cards())) {
            for (FlashcardSection s : n.sections()) {
                String[] codes = s.codes().split(" ");
                int line = 0;
                for (int i = 0; i < codes.length; i++) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)([a-z])(\\d*)(-?)(\\*?)([0-9a-z]{6}(?:-\\d+)?)").matcher(codes[i]);
                    assertEquals(true, m.matches(), codes[i]);
                    line += Integer.parseInt(m.group(1));
                    String kind = switch (m.group(2)) {
                        case "d" -> "drill";
                        case "t" -> "table";
                        case "s" -> "scenario";
                        default -> "definition";
                    };
                    String front = s.cards().get(i).front() + (m.group(2).equals("g") && m.group(4).isEmpty() ? " — " + s.title() : "")
                            + (m.group(5).isEmpty() ? "" : " (" + n.title() + ")");
                    rebuilt.add(n.id() + ":" + kind + ":" + m.group(6) + " " + n.id() + ":" + line + ":" + kind
                            + (m.group(3).isEmpty() ? "" : ":" + m.group(3)) + " " + front);
                }
            }
        }
        assertEquals(cards().stream().map(c -> c.id() + " " + c.legacyId() + " " + c.front()).toList(), rebuilt);
        assertEquals(List.of("a:drill:" + ContentIds.key("q"), "a:drill:" + ContentIds.key("q") + "-2"),
                cards().stream().filter(c -> c.kind().equals("drill")).map(Flashcard::id).toList(), "the same question twice");
        assertEquals(List.of("Purpose — Batch (A)", "q", "q (2)", "Serving", "Scenario: Nightly scoring", "Purpose — Batch (B)"),
                cards().stream().map(Flashcard::front).toList());
    }
}
