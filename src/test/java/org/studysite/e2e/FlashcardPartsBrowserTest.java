package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.studysite.bench.SyntheticVault;
import org.studysite.render.AnkiLines;
import org.studysite.testing.Notes;
import org.studysite.testing.SiteHarness;

/**
 * A deck of realistic notes, large enough to come in parts, exported for Anki: served over http a
 * part's button saves the whole deck as one file; opened from disk, where a page may not read its
 * neighbours, each part saves its own, and together they hold the whole deck. Either way the text
 * is what the Java reference (AnkiLines) makes of the notes: card for card, the file the build
 * used to write.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlashcardPartsBrowserTest {
    private static final String HEADER = "#separator:tab\n#html:false\n#tags column:3\n";
    @TempDir
    static Path tmp;
    private Path out;
    private String expected;
    private int parts;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws IOException {
        Chromium.assumeInstalled();
        Path vault = new SyntheticVault(7, 130).write(tmp.resolve("vault"));
        out = SiteHarness.build(vault, tmp.resolve("site")).out();
        expected = AnkiLines.file(Notes.libraryOf(vault).value());
        try (var files = Files.list(out)) {
            parts = (int) files.filter(f -> f.getFileName().toString().matches("flashcards(\\.\\d+)?\\.html")).count();
        }
        assertTrue(parts >= 2, "the deck must come in parts for this test: " + parts);
        driver = Chromium.start(Files.createDirectories(tmp.resolve("profile")));
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
    }

    private static String part(int n) {
        return n == 1 ? "flashcards.html" : "flashcards." + n + ".html";
    }

    @Test
    void servedOverHttpAnyPartSavesTheWholeDeck() throws IOException {
        HttpServer server = StaticServer.serve(out, "/deck/");
        try {
            driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/deck/" + part(2));
            AnkiDownload file = AnkiDownload.click(driver);
            assertEquals("flashcards.tsv", file.name());
            assertEquals(expected, file.text());
            long cards = expected.lines().count() - 3;
            assertEquals("Saved flashcards.tsv: all " + cards + " cards. In Anki: File → Import.",
                    driver.findElement(By.id("deck-status")).getText());
            assertEquals(List.of(), Chromium.consoleErrors(driver));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void openedFromDiskEachPartSavesItsOwnCardsAndTogetherTheyAreTheDeck() {
        StringBuilder joined = new StringBuilder(HEADER);
        for (int n = 1; n <= parts; n++) {
            driver.get(out.resolve(part(n)).toUri().toString());
            AnkiDownload file = AnkiDownload.click(driver);
            assertEquals("flashcards." + n + ".tsv", file.name());
            assertTrue(file.text().startsWith(HEADER), file.text());
            joined.append(file.text().substring(HEADER.length()));
            assertTrue(driver.findElement(By.id("deck-status")).getText().contains("import them all into one Anki deck"));
        }
        assertEquals(expected, joined.toString());
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }
}
