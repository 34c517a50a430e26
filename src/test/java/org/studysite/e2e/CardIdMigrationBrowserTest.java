package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.studysite.testing.SiteHarness;

/**
 * Progress kept across the changes of issue 11, from file://: Known marks saved before spaced
 * repetition (under line-based ids, or content ids) become schedules once, and the schedules saved
 * under content ids survive a rebuild after lines were added above the cards.
 */
class CardIdMigrationBrowserTest extends FixtureSiteInChromium {
    /** deploy/endpoints' two glossary cards, "Real-Time Endpoints" and "Purpose" (golden/study/flashcard-ids.txt). */
    private static final String ENDPOINTS = "deploy/endpoints:definition:kzf7xc";
    private static final String PURPOSE = "deploy/endpoints:definition:8m53y5";

    private void open(Path out) {
        driver.get(out.resolve("flashcards.html").toUri().toString());
    }

    /** The page's localStorage key, as deck-store.js makes it. */
    private String storageKey() {
        return (String) driver.executeScript("return document.getElementById('flashcards').getAttribute('data-storage-key')"
                + " + '@' + location.pathname.replace(/[^/]*$/, '')");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> saved() {
        return (Map<String, Object>) driver.executeScript("return JSON.parse(localStorage.getItem(arguments[0]) || '{}')", storageKey());
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<Object>> savedCards() {
        return new TreeMap<>((Map<String, List<Object>>) saved().get("cards"));
    }

    private String due() {
        return driver.findElement(By.id("deck-due")).getText();
    }

    private void grade(String key) {
        new Actions(driver).sendKeys(Keys.SPACE).sendKeys(key).perform();
    }

    @Test
    void knownMarksFromBeforeSpacedRepetitionBecomeSchedulesOnce() {
        open(site.out());
        driver.executeScript("localStorage.clear(); localStorage.setItem(arguments[0], JSON.stringify(arguments[1]))", storageKey(),
                Map.of("deploy/endpoints:17:definition", "known", // Real-Time Endpoints, saved by the line-based page
                        "deploy/endpoints:19:definition", "again", // Purpose: its content id below holds a newer mark
                        PURPOSE, "known",
                        "deploy/endpoints:99:drill", "known", // no card was at line 99: nothing may inherit it later
                        "gone:drill:000000", "again")); // a card not in this build
        open(site.out());

        assertEquals("20 due: 0 to review, 20 new", due(), "the two Known cards are scheduled for later; 20 new ones today");
        Map<String, List<Object>> cards = savedCards();
        assertEquals(new TreeSet<>(List.of(ENDPOINTS, PURPOSE)), cards.keySet(), "marks are gone; the Known cards have states");
        for (List<Object> state : cards.values()) {
            assertEquals(2L, state.get(8), "in review, as after an Easy first answer");
            assertEquals(8L, state.get(4), "due in 8 days");
        }
        assertEquals(List.of(), saved().get("log"), "no review is made up");
        assertEquals(null, saved().get("marks"));
        open(site.out());
        assertEquals(cards, savedCards(), "moved once");
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void progressSurvivesARebuildAfterLinesAreAddedAboveTheCardsButNotAChangedFront() throws IOException {
        Path vault = SiteHarness.copyVault(SiteHarness.fixtureVault(), tmp.resolve("vault"));
        Path out = SiteHarness.build(vault, tmp.resolve("edited-site")).out();
        driver.get(out.resolve("flashcards.html").toUri() + "?note=deploy/endpoints");
        driver.executeScript("localStorage.clear()");
        driver.navigate().refresh();
        assertEquals("4 due: 0 to review, 4 new", due());
        grade("4"); // Real-Time Endpoints
        grade("1"); // Purpose
        grade("4"); // Predict while the customer is checking out?
        Map<String, List<Object>> before = savedCards();
        assertEquals(3, before.size());

        Path note = vault.resolve("deploy/endpoints.md");
        Files.writeString(note, "A line added at the top\nand another.\n\n" + Files.readString(note)
                .replace("Predict while the customer is checking out?", "Predict while the customer is paying?"));
        SiteHarness.build(vault, out);
        driver.get(out.resolve("flashcards.html").toUri() + "?note=deploy/endpoints");

        assertEquals("3 due: 1 to review, 2 new", due(), "Purpose is in its learning step; the changed question starts fresh");
        Map<String, List<Object>> after = savedCards();
        assertEquals(new TreeSet<>(List.of(ENDPOINTS, PURPOSE)), after.keySet(), "the changed card's state is dropped");
        assertEquals(before.get(ENDPOINTS), after.get(ENDPOINTS), "kept under the content id");
        assertEquals(before.get(PURPOSE), after.get(PURPOSE));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }
}
