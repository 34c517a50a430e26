package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studysite.model.Library;
import org.studysite.testing.Notes;

/** Which cards come out of inline Markdown: one line per card, "kind | front | back lines | href | tags". */
class FlashcardDeckTest {

    private static List<String> cards(String markdown) {
        Library lib = Notes.library("aws/a.md", markdown).value();
        return new FlashcardDeck().cards(lib, lib.pageNotes()).stream().map(FlashcardDeckTest::line).toList();
    }

    private static String line(Flashcard c) {
        return c.kind() + " | " + c.front() + " | " + String.join(" / ", c.back()) + " | " + c.href() + " | "
                + String.join(" ", c.tags());
    }

    @Test
    void drillsWithBothArrows() {
        assertEquals(List.of(
                "drill | Track multiple training runs? | SageMaker Experiments | notes/aws/a.html#drills | exam-tip",
                "drill | Remove duplicates | AWS Glue FindMatches | notes/aws/a.html#drills | exam-tip"), cards("""
                # A
                ## Drills `#exam-tip`
                - **"Track multiple training runs?"** → SageMaker Experiments
                - Remove duplicates -> `AWS Glue FindMatches`
                - not a drill
                """));
    }

    @Test
    void twoColumnTableRowsAreCardsWithTheHeaderAsContext() {
        assertEquals(List.of(
                "table | Scenario: Real-time fraud scoring | Real-time endpoint | notes/aws/a.html#pick | ",
                "table | Scenario: Nightly scoring | Batch Transform | notes/aws/a.html#pick | "), cards("""
                # A
                ## Pick
                | Scenario | Solution |
                |---|---|
                | Real-time fraud scoring | Real-time endpoint |
                | Nightly scoring | `Batch Transform` |
                |  | skipped: no question |
                """));
    }

    @Test
    void scenarioTablesGiveOneCardPerRowAndComparisonTablesNone() {
        assertEquals(List.of(
                "scenario | Workload: Image CNN | Instance Type: ml.g5.xlarge / Reason: Needs a GPU | notes/aws/a.html#instances | "),
                cards("""
                # A
                ## Instances
                | Workload | Instance Type | Reason |
                |---|---|---|
                | Image CNN | `ml.g5.xlarge` | Needs a GPU |

                ## Endpoint vs Batch
                | Factor | Endpoint | Batch |
                |---|---|---|
                | **Latency** | ✅ ms | ❌ minutes |
                """));
    }

    @Test
    void definitionFrontsNameTermAndSectionAndLabelsAloneAreNoCards() {
        List<String> cards = cards("""
                # A
                ## Real-Time Endpoints
                **Real-Time Endpoints** - Persistent endpoint for low latency.

                **Purpose:** Low-latency predictions. `#exam-tip`

                **Use case:**
                Nightly scoring.

                **Workflow:** `#important`

                - **Online store**: latest value
                """);
        assertEquals(List.of(
                "definition | Real-Time Endpoints | Persistent endpoint for low latency. | notes/aws/a.html#real-time-endpoints | ",
                "definition | Purpose — Real-Time Endpoints | Low-latency predictions. | notes/aws/a.html#real-time-endpoints | exam-tip",
                "definition | Online store — Real-Time Endpoints | latest value | notes/aws/a.html#real-time-endpoints | important"),
                cards, "the list item lies in the scope of the **Workflow:** `#important` label, so it carries that tag");
        assertTrue(cards.stream().noneMatch(c -> c.startsWith("definition | Purpose |")), "a bare label is never a front");
    }

    @Test
    void aGlossaryItemWithArrowsInItsTextIsOneDefinitionNotAlsoADrill() {
        assertEquals(List.of("definition | Serial pipeline — Hosting | containers chained: preprocessing → model → postprocessing | "
                + "notes/aws/a.html#hosting | "), cards("""
                # A
                ## Hosting
                - **Serial pipeline** - containers chained: preprocessing → model → postprocessing
                """));
    }

    @Test
    void frontsAreUniqueSoAnkiDoesNotMergeCards() {
        Library lib = Notes.library("a.md", "# A\n## Batch\n**Purpose:** one\n\n- q -> 1\n- q -> 2\n",
                "b.md", "# B\n## Batch\n**Purpose:** two\n").value();
        assertEquals(List.of("Purpose — Batch (A)", "q", "q (2)", "Purpose — Batch (B)"),
                new FlashcardDeck().cards(lib, lib.pageNotes()).stream().map(Flashcard::front).toList());
    }

    @Test
    void idsComeFromNoteKindAndFrontAndLegacyIdsFromNoteLineKindAndRow() {
        Library lib = Notes.library("aws/a.md", """
                # A
                | Q | A |
                |---|---|
                | one | 1 |
                | two | 2 |
                - x -> y
                """).value();
        List<Flashcard> cards = new FlashcardDeck().cards(lib, lib.pageNotes());
        String one = ContentIds.key("Q: one");
        String two = ContentIds.key("Q: two");
        String x = ContentIds.key("x");
        assertEquals(List.of("aws/a:table:" + one, "aws/a:table:" + two, "aws/a:drill:" + x), cards.stream().map(Flashcard::id).toList());
        assertEquals(List.of("aws/a:2:table:1", "aws/a:2:table:2", "aws/a:6:drill"), cards.stream().map(Flashcard::legacyId).toList());
        assertEquals(List.of("2t1" + one, "2t2" + two, "6d" + x), cards.stream().map(c -> FlashcardGroups.code(c, 0)).toList());
        assertEquals("0t2" + two, FlashcardGroups.code(cards.get(1), 2), "a line as a step from the card before");
    }

    @Test
    void cardTextIsOneTrimmedLineAndAnkiFieldsQuoteWhatAnkiWouldMisread() {
        Flashcard card = Flashcard.of("a", 1, FlashcardDeck.SCENARIO, 1, " Say \"hi\"\tnow\n", false, List.of("A: 1", "B:\r\n2"),
                "A", "notes/a.html", "A", "", List.of("exam-tip", "important"));
        assertEquals("\"Say \"\"hi\"\" now\"\tA: 1; B: 2\texam-tip important", AnkiLines.line(card));
        assertEquals("\"#not a comment\"", AnkiLines.field("#not a comment"));
    }
}
