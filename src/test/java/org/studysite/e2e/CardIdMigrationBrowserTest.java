package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.studysite.testing.SiteHarness;

/**
 * Progress kept across the change to content-based card ids (issue 11), from file://: what was saved
 * under line-based ids moves to the new ids once, and what is saved under the new ids survives a
 * rebuild after lines were added above the cards.
 */
class CardIdMigrationBrowserTest extends FixtureSiteInChromium {
    /** deploy/endpoints' two glossary cards, "Real-Time Endpoints" and "Purpose" (golden/study/flashcard-ids.txt). */
    private static final String ENDPOINTS = "deploy/endpoints:definition:kzf7xc";
    private static final String PURPOSE = "deploy/endpoints:definition:8m53y5";

    private void open(Path out) {
        driver.get(out.resolve("flashcards.html").toUri().toString());
    }

    /** The page's localStorage key, as flashcards.js makes it. */
    private String storageKey() {
        return (String) driver.executeScript("return document.getElementById('flashcards').getAttribute('data-storage-key')"
                + " + '@' + location.pathname.replace(/[^/]*$/, '')");
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> saved() {
        Object json = driver.executeScript("return JSON.parse(localStorage.getItem(arguments[0]) || '{}')", storageKey());
        return new TreeMap<>((Map<String, String>) json);
    }

    private String progress() {
        return driver.findElement(By.id("deck-progress")).getText();
    }

    @Test
    void progressUnderLineBasedIdsMovesOnceToTheNewIds() {
        open(site.out());
        driver.executeScript("localStorage.clear(); localStorage.setItem(arguments[0], JSON.stringify(arguments[1]))", storageKey(),
                Map.of("deploy/endpoints:17:definition", "known", // Real-Time Endpoints, saved by the old page
                        "deploy/endpoints:19:definition", "again", // Purpose: its new id below holds a newer state
                        PURPOSE, "known",
                        "deploy/endpoints:99:drill", "known", // no card was at line 99: nothing may inherit it later
                        "gone:drill:000000", "again")); // a new id of a card not in this build: kept
        open(site.out());

        assertEquals("Known 2 / 22 · again 0", progress());
        assertEquals(Map.of(ENDPOINTS, "known", PURPOSE, "known", "gone:drill:000000", "again"), saved(),
                "legacy keys are moved or dropped, so a later build cannot hand them to another card");
        open(site.out());
        assertEquals("Known 2 / 22 · again 0", progress());
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void progressSurvivesARebuildAfterLinesAreAddedAboveTheCardsButNotAChangedFront() throws IOException {
        Path vault = SiteHarness.copyVault(SiteHarness.fixtureVault(), tmp.resolve("vault"));
        Path out = SiteHarness.build(vault, tmp.resolve("edited-site")).out();
        open(out);
        driver.executeScript("localStorage.clear()");
        open(out);
        new Select(driver.findElement(By.id("deck-note"))).selectByValue("deploy/endpoints"); // its four cards, in order
        driver.findElement(By.id("deck-known")).click(); // Real-Time Endpoints
        driver.findElement(By.id("deck-again")).click(); // Purpose
        driver.findElement(By.id("deck-known")).click(); // Predict while the customer is checking out?
        assertEquals("Known 2 / 4 · again 1", progress());

        Path note = vault.resolve("deploy/endpoints.md");
        Files.writeString(note, "A line added at the top\nand another.\n\n" + Files.readString(note)
                .replace("Predict while the customer is checking out?", "Predict while the customer is paying?"));
        SiteHarness.build(vault, out);
        open(out);

        assertEquals("Known 1 / 22 · again 1", progress(), "the changed question starts fresh; the others keep their state");
        assertEquals("known", saved().get(ENDPOINTS), "saved under the content id");
        assertEquals("again", saved().get(PURPOSE));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }
}
