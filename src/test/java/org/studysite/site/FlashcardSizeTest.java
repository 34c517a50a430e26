package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.bench.SyntheticVault;
import org.studysite.testing.SiteHarness;

/**
 * Issue 8's budget for the deck, on realistic notes: every flashcard output together stays under
 * half the Markdown it comes from (cards repeating their note's title, source link and tags made it
 * twice the Markdown). Checked on sizes, which are deterministic, never on time. The deck's scripts and
 * styles (assets/flashcards.*) are the same few kilobytes for any vault, so they are not counted: the
 * budget is for what grows with the notes.
 */
class FlashcardSizeTest {
    @TempDir
    static Path tmp;

    @Test
    void theDeckWeighsLessThanHalfItsNotes() throws IOException {
        Path vault = new SyntheticVault(11, 40).write(tmp.resolve("vault"));
        Path out = SiteHarness.build(vault, tmp.resolve("site")).out();
        long markdown = bytes(vault, "glob:**.md");
        long deck = bytes(out, "glob:**/flashcards*") - bytes(out.resolve("assets"), "glob:**/flashcards*");
        assertTrue(deck > markdown / 10, "the deck holds the cards: " + deck);
        assertTrue(deck < markdown / 2, "flashcard output " + deck + " bytes for " + markdown + " bytes of Markdown");
    }

    private static long bytes(Path dir, String glob) throws IOException {
        var matcher = dir.getFileSystem().getPathMatcher(glob);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(matcher::matches).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
