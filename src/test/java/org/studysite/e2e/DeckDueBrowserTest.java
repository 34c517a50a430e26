package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.studysite.testing.SiteHarness;

/**
 * The "N cards due" links of the home page and note pages, from file://: they open the deck filtered
 * to the note, and deck-store.js turns "N flashcards" into what saved progress says is due today.
 * Progress is seeded in the format deck-store.js documents: { v: 2, settings, cards: { id: [due,
 * stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review] },
 * log, more }, under "<data-deck-key>@<the site's folder>".
 */
class DeckDueBrowserTest extends FixtureSiteInChromium {
    private static final long DAY = 86_400_000L;
    private static final int REVIEW = 2;

    private void open(String page) {
        driver.get(site.out().resolve(page).toUri().toString());
    }

    private WebElement due() {
        return driver.findElement(By.cssSelector("p.deck-due a"));
    }

    /** Saves {@code cards} (id to days from now until due, a review-state card each) as the only progress, five new cards a day. */
    private void seed(Map<String, Integer> cards) {
        open("index.html");
        String key = driver.findElement(By.cssSelector("p.deck-due")).getAttribute("data-deck-key") + "@" + site.out().toUri().getRawPath();
        long now = (Long) driver.executeScript("return Date.now()");
        StringBuilder json = new StringBuilder("{\"v\":2,\"settings\":{\"newPerDay\":5,\"retention\":0.9},\"log\":[],\"more\":[0,0],\"cards\":{");
        List<String> rows = new ArrayList<>();
        cards.forEach((id, days) -> rows.add("\"" + id + "\":[" + (now + days * DAY) + ",12.5,5.1,7,7,0,3,0," + REVIEW + "," + (now - 7 * DAY) + "]"));
        json.append(String.join(",", rows)).append("}}");
        driver.executeScript("localStorage.clear(); localStorage.setItem(arguments[0], arguments[1])", key, json.toString());
    }

    @Test
    void aNotesLinkOpensTheDeckFilteredToItsCards() {
        open("notes/deploy/endpoints.html");
        assertEquals("../../flashcards.html?note=deploy/endpoints", due().getDomAttribute("href"));
        due().click();

        assertTrue(driver.getCurrentUrl().endsWith("/flashcards.html?note=deploy/endpoints"), driver.getCurrentUrl());
        List<String> notesShown = driver.findElements(By.cssSelector("#flashcard-list h2[data-note]")).stream()
                .filter(WebElement::isDisplayed).map(h -> h.getAttribute("data-note")).distinct().toList();
        assertEquals(List.of("deploy/endpoints"), notesShown, "the deck opens on the note's cards");
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void onAPhoneTheLinkStaysOnOneLine() {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            for (String page : List.of("index.html", "notes/deploy/endpoints.html")) {
                open(page);
                assertEquals(390, ((Number) driver.executeScript("return window.innerWidth")).intValue());
                assertEquals(1L, driver.executeScript("return arguments[0].getClientRects().length", due()), page + ": one line box");
                assertTrue((Boolean) driver.executeScript("var r = arguments[0].getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth",
                        due()), page + ": inside the screen");
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Test
    void theHomeAndNotePagesSayHowManyCardsAreDueToday() {
        seed(Map.of(
                "deploy/endpoints:definition:kzf7xc", -1, // due yesterday
                "deploy/endpoints:definition:8m53y5", -3,
                "deploy/endpoints:drill:jhzd6n", 7, // not due until next week
                "ops/monitoring:drill:k19168", -1));

        open("notes/deploy/endpoints.html");
        assertEquals("3 cards due", due().getText(), "2 reviews and its 1 new card");
        assertEquals("2 to review, 1 new of 4 flashcards", due().getAttribute("title"));
        open("notes/ops/monitoring.html");
        assertEquals("2 cards due", due().getText());
        open("notes/guide.html");
        assertEquals("3 cards due", due().getText(), "three new cards, within the five a day");
        open("notes/starts-deep.html");
        assertEquals("5 cards due", due().getText(), "eight new cards, five a day");
        open("index.html");
        assertEquals("8 cards due", due().getText(), "3 reviews and 5 of the 18 new cards");
        assertEquals("3 to review, 5 new of 22 flashcards", due().getAttribute("title"));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void noCardsDueOnceEveryCardIsReviewedAndDueNextWeek() throws IOException {
        Map<String, Integer> all = new java.util.HashMap<>();
        for (String line : Files.readAllLines(SiteHarness.repo().resolve("src/test/resources/golden/study/flashcard-ids.txt"))) {
            if (!line.isBlank()) all.put(line.substring(0, line.indexOf(" | ")), 7);
        }
        assertEquals(22, all.size());
        seed(all);

        for (String page : List.of("index.html", "notes/deploy/endpoints.html", "notes/training.html")) {
            open(page);
            assertEquals("No cards due", due().getText(), page);
            assertTrue(driver.findElement(By.cssSelector("p.deck-due")).getAttribute("class").contains("deck-due-none"), page);
        }
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }
}
