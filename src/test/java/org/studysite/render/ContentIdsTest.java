package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studysite.model.Library;
import org.studysite.testing.Notes;

/** A card's id comes from its note, kind and front, not from its line (issue 11). */
class ContentIdsTest {
    private static final String NOTE = """
            # A
            ## Drills `#exam-tip`
            - **"Track multiple training runs?"** → SageMaker Experiments
            - Remove duplicates -> AWS Glue FindMatches

            ## Pick
            | Scenario | Solution |
            |---|---|
            | Real-time fraud scoring | Real-time endpoint |
            | Nightly scoring | Batch Transform |

            ## Hosting
            **Real-Time Endpoints** - Persistent endpoint for low latency.
            """;

    private static List<String> ids(String markdown) {
        Library lib = Notes.library("aws/a.md", markdown).value();
        return new FlashcardDeck().cards(lib, lib.pageNotes()).stream().map(Flashcard::id).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Scenario: Real-time  FRAUD scoring!  | scenario real time fraud scoring",
            "  **\"Track runs?\"**                | track runs",
            "Cafe\u0301 crème                      | caf\u00e9 crème",
            "हिन्दी नोट्स!                          | हिन्दी नोट्स",
            "naïve — Ünïcode (2)                  | naïve ünïcode 2",
            "→ ... ←                              | ''"})
    void normalisingKeepsLettersAndDigitsInLowerCaseWithOneSpaceBetweenRuns(String front, String normal) {
        assertEquals(normal, ContentIds.normalise(front));
    }

    @Test
    void aKeyIsSixBase36CharactersAndDeterministic() {
        String key = ContentIds.key("Track multiple training runs?");
        assertTrue(key.matches("[0-9a-z]{6}"), key);
        assertEquals(key, ContentIds.key("track multiple training runs"));
        assertEquals(List.of("aws/a:drill:" + key), ids("# A\n- Track multiple training runs? -> SageMaker Experiments\n"));
    }

    @Test
    void idsNameNoteKindAndKey() {
        List<String> ids = ids(NOTE);
        assertEquals(5, ids.size());
        assertTrue(ids.get(0).matches("aws/a:drill:[0-9a-z]{6}"), ids.get(0));
        assertTrue(ids.get(2).matches("aws/a:table:[0-9a-z]{6}"), ids.get(2));
        assertTrue(ids.get(4).matches("aws/a:definition:[0-9a-z]{6}"), ids.get(4));
        assertEquals(5, ids.stream().distinct().count(), ids.toString());
    }

    @Test
    void linesAddedAboveKeepEveryId() {
        String above = NOTE.replace("# A\n", "# A\n\nAn introduction\nof three lines,\n\nadded later.\n\n## Drills before\n- Other question? -> other\n");
        List<String> after = ids(above);
        assertEquals(6, after.size());
        assertEquals(ids(NOTE), after.subList(1, 6));
    }

    @Test
    void aSectionMovedKeepsItsCardsIds() {
        String pick = NOTE.substring(NOTE.indexOf("## Pick"), NOTE.indexOf("## Hosting"));
        String moved = NOTE.replace(pick, "") + "\n" + pick;
        assertEquals(ids(NOTE).stream().sorted().toList(), ids(moved).stream().sorted().toList());
        assertNotEquals(ids(NOTE), ids(moved), "the cards did move");
    }

    @Test
    void caseSpacingAndPunctuationKeepTheIdAndSoDoesAnEditedBack() {
        String edited = NOTE.replace("**\"Track multiple training runs?\"**", "**\"track  multiple training-runs\"**")
                .replace("| Nightly scoring |", "| Nightly Scoring. |")
                .replace("AWS Glue FindMatches", "AWS Glue FindMatches (ML transform)")
                .replace("Persistent endpoint", "A persistent endpoint");
        assertEquals(ids(NOTE), ids(edited));
    }

    @Test
    void aChangedWordOfTheFrontStartsFresh() {
        List<String> before = ids(NOTE);
        List<String> after = ids(NOTE.replace("Track multiple training runs?", "Track multiple tuning runs?")
                .replace("| Scenario | Solution |", "| Situation | Solution |"));
        assertNotEquals(before.get(0), after.get(0));
        assertEquals(before.get(1), after.get(1));
        assertNotEquals(before.get(2), after.get(2), "a table row's front includes its header");
        assertEquals(before.subList(4, 5), after.subList(4, 5));
    }

    @Test
    void theSameFrontTwiceInANoteIsNumberedInSourceOrderAndPerKind() {
        List<String> ids = ids("""
                # A
                - q -> 1
                - Q! -> 2
                - q -> 3

                | Scenario | Answer |
                |---|---|
                | q | 4 |
                """);
        String drill = ids.get(0);
        assertEquals(List.of(drill, drill + "-2", drill + "-3"), ids.subList(0, 3));
        assertEquals("aws/a:table:" + ContentIds.key("Scenario: q"), ids.get(3));
        assertEquals(ids.subList(0, 3), ids("# A\n- q -> 3\n- q -> 2\n- q -> 1\n"), "numbered by position, whatever the answers");
    }

    @Test
    void theLegacyIdStaysLineBased() {
        Library lib = Notes.library("aws/a.md", NOTE).value();
        assertEquals(List.of("aws/a:3:drill", "aws/a:4:drill", "aws/a:7:table:1", "aws/a:7:table:2", "aws/a:13:definition"),
                new FlashcardDeck().cards(lib, lib.pageNotes()).stream().map(Flashcard::legacyId).toList());
    }
}
