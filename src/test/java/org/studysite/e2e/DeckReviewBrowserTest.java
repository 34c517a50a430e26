package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.studysite.testing.SiteHarness;

/**
 * A student reviewing the fixture's 22 flashcards with spaced repetition, from disk (file://), as issue 11
 * describes: the due count, Space and keys 1-4 until nothing is due, the next due date, more new cards,
 * the daily limit and retention settings, statistics, and progress that survives reloads and moves between
 * browsers by export and import.
 */
class DeckReviewBrowserTest extends FixtureSiteInChromium {
    private static final int ALL = 22;

    @BeforeEach
    void freshBrowser() {
        open();
        driver.executeScript("localStorage.clear()");
        open();
    }

    private void open() {
        driver.get(site.out().resolve("flashcards.html").toUri().toString());
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private boolean shown(String id) {
        return driver.findElement(By.id(id)).isDisplayed();
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private String front() {
        List<WebElement> fronts = driver.findElements(By.cssSelector("#flashcard-list dt")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertEquals(1, fronts.size(), "one card shows");
        return fronts.get(0).getText();
    }

    private boolean backShown() {
        return driver.findElements(By.cssSelector("#flashcard-list dd")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The saved progress, as deck-store.js keeps it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> saved() {
        return (Map<String, Object>) driver.executeScript("for (var i = 0; i < localStorage.length; i++) {"
                + " var k = localStorage.key(i); if (k.indexOf('studysite.flashcards.') === 0) return JSON.parse(localStorage.getItem(k)); }"
                + " return {};");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> savedCards() {
        return (Map<String, Object>) saved().getOrDefault("cards", Map.of());
    }

    private List<?> savedLog() {
        return (List<?>) saved().getOrDefault("log", List.of());
    }

    /** Shows the answer with Space and grades with {@code key}; returns the front graded. */
    private String grade(String key) {
        String front = front();
        press(Keys.SPACE);
        assertTrue(backShown(), "Space shows the answer");
        press(key);
        return front;
    }

    /** Grades the shown card and every one after it with {@code key} until nothing is due; returns how many. */
    private int gradeUntilDone(String key) {
        int graded = 0;
        while (shown("deck-review")) {
            grade(key);
            graded++;
            assertTrue(graded <= 3 * ALL, "the deck ends");
        }
        return graded;
    }

    @Test
    void keysOneToFourGradeUntilNothingIsDueAndAReloadKeepsIt() {
        assertEquals("20 due: 0 to review, 20 new", text("deck-due"), "new cards up to the daily limit of 20");
        assertEquals("Online store", front());
        assertFalse(backShown(), "a card starts on its front");
        assertFalse(shown("deck-grades"), "the grades wait for the answer");
        assertEquals("new", driver.findElement(By.cssSelector("#flashcard-list dl.on")).getAttribute("data-state"));
        press("3");
        assertEquals("Online store", front(), "no grading before the answer shows");

        press(Keys.SPACE);
        assertTrue(backShown(), "Space shows the answer");
        assertFalse(shown("deck-show"));
        // ts-fsrs's own first intervals for a new card (FsrsScheduleBrowserTest checks them against recorded numbers)
        assertEquals(List.of("Again 1m 1", "Hard 6m 2", "Good 10m 3", "Easy 8d 4"),
                driver.findElements(By.cssSelector("#deck-grades button")).stream().map(b -> b.getText().replaceAll("\\s+", " ")).toList());
        press("3");
        assertEquals("Good: back in 10m.", text("deck-status"));
        assertEquals("Offline store", front(), "the next card");
        assertFalse(backShown());
        assertEquals("20 due: 1 to review, 19 new", text("deck-due"),
                "the card in its 10-minute learning step is due again today; 19 new cards are left of today's 20");

        int graded = gradeUntilDone("4");
        assertEquals(20, graded, "19 new cards, then the learning card comes back once more");
        assertEquals("0 due", text("deck-due"));
        String done = text("deck-done-text");
        assertTrue(done.startsWith("Nothing due. The next card is due in "), done);
        assertTrue(done.endsWith("2 new cards wait: today's limit of 20 new cards is reached."), done);
        assertEquals("Study 2 more new cards", text("deck-more-new"));
        assertTrue(shown("deck-done-practice"), "free practice is offered");
        assertEquals("21", text("deck-stat-today"));
        assertEquals("20 of 22", text("deck-stat-learned"));
        assertEquals("–", text("deck-stat-retention"), "no review of a learned card yet");
        assertEquals(20, savedCards().size());
        assertEquals(21, savedLog().size());

        driver.navigate().refresh();
        assertEquals("0 due", text("deck-due"), "a reload keeps the schedule");
        assertFalse(shown("deck-review"));
        assertEquals("21", text("deck-stat-today"));

        driver.findElement(By.id("deck-more-new")).click();
        assertEquals("2 due: 0 to review, 2 new", text("deck-due"));
        assertEquals(2, gradeUntilDone("4"));
        assertFalse(shown("deck-more-new"), "no new card is left");
        // Every card saved its state under the id the build gave it (golden/study/flashcard-ids.txt, "id | front").
        assertEquals(goldenIds(), new TreeSet<>(savedCards().keySet()));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    private static TreeSet<String> goldenIds() {
        try {
            return new TreeSet<>(Files.readAllLines(SiteHarness.repo().resolve("src/test/resources/golden/study/flashcard-ids.txt"))
                    .stream().map(line -> line.substring(0, line.indexOf(" | "))).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void againBringsACardBackInAMinuteAndTheButtonsCanBeClicked() {
        driver.findElement(By.id("deck-show")).click();
        assertTrue(backShown(), "Show answer shows the back");
        driver.findElement(By.id("deck-grade-again")).click();
        assertEquals("Again: back in 1m.", text("deck-status"));
        assertEquals("Offline store", front());
        driver.findElement(By.cssSelector("#flashcard-list dl.on")).click();
        assertTrue(backShown(), "a click on the card shows the answer too");
        driver.findElement(By.id("deck-grade-hard")).click();
        assertEquals("Hard: back in 6m.", text("deck-status"));
        assertEquals("20 due: 2 to review, 18 new", text("deck-due"));
        @SuppressWarnings("unchecked")
        List<List<Object>> log = (List<List<Object>>) savedLog();
        assertEquals(List.of(1L, 0L), log.get(0).subList(2, 4), "grade Again (1), of a new card (state 0)");
        assertEquals(List.of(2L, 0L), log.get(1).subList(2, 4));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void theDailyNewLimitAndTheTargetRetentionAreSettingsThatAreKept() {
        driver.findElement(By.cssSelector("#deck-settings summary")).click();
        WebElement limit = driver.findElement(By.id("deck-new-per-day"));
        assertEquals("20", limit.getAttribute("value"));
        type(limit, "5");
        assertEquals("5 due: 0 to review, 5 new", text("deck-due"));
        assertEquals("New cards a day: 5.", text("deck-status"));

        WebElement retention = driver.findElement(By.id("deck-retention"));
        assertEquals("0.9", retention.getAttribute("value"));
        type(retention, "0.5");
        assertTrue(text("deck-status").startsWith("Not changed: target retention: from 0.70 to 0.99"), text("deck-status"));
        assertEquals("0.9", retention.getAttribute("value"), "a value out of range is not taken");
        type(retention, "0.97");
        assertEquals("Target retention: 0.97.", text("deck-status"));
        driver.findElement(By.id("deck-show")).click();
        String easy = driver.findElement(By.cssSelector("#deck-grade-easy .deck-interval")).getText();
        assertTrue(!easy.equals("8d") && easy.endsWith("d"), "a higher retention shortens the intervals: " + easy);

        driver.navigate().refresh();
        assertEquals("5 due: 0 to review, 5 new", text("deck-due"), "the limit is kept");
        driver.findElement(By.cssSelector("#deck-settings summary")).click();
        assertEquals("5", driver.findElement(By.id("deck-new-per-day")).getAttribute("value"));
        assertEquals("0.97", driver.findElement(By.id("deck-retention")).getAttribute("value"));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    /** Replaces a field's value as a user does: select all, type, leave the field. */
    private static void type(WebElement field, String value) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    @Test
    void theStatisticsCountReviewsRetentionAndTheNextSevenDays() {
        long now = System.currentTimeMillis();
        long day = 86_400_000L;
        // Three cards in review: one due today, one in two days, one in three (noon, so no day boundary is near).
        String key = (String) driver.executeScript("return studysiteDeck.open(document.getElementById('flashcards')"
                + ".getAttribute('data-storage-key'), '.').key");
        String cards = "{\"deploy/endpoints:definition:kzf7xc\": [" + (now - 3_600_000L) + ",5,5,0,3,0,2,0,2," + (now - 3 * day) + "],"
                + "\"deploy/endpoints:definition:8m53y5\": [" + (now + 2 * day) + ",5,5,0,5,0,2,0,2," + (now - 3 * day) + "],"
                + "\"ops/monitoring:drill:000000\": [" + (now + 3 * day) + ",5,5,0,5,0,2,0,2," + (now - 2 * day) + "]}";
        String log = "[[\"deploy/endpoints:definition:kzf7xc\"," + (now - 9 * day) + ",3,0],"
                + "[\"deploy/endpoints:definition:kzf7xc\"," + (now - 3 * day) + ",1,2],"
                + "[\"deploy/endpoints:definition:8m53y5\"," + (now - 3 * day) + ",3,2],"
                + "[\"ops/monitoring:drill:000000\"," + (now - 2 * day) + ",4,2]]";
        driver.executeScript("localStorage.setItem(arguments[0], arguments[1])", key,
                "{\"v\":2,\"settings\":{\"newPerDay\":20,\"retention\":0.9},\"cards\":" + cards + ",\"log\":" + log + ",\"more\":[0,0]}");
        open();
        assertEquals("21 due: 1 to review, 20 new", text("deck-due"),
                "ops/monitoring:drill:000000 is no card of this deck: its state is dropped");
        assertEquals("Real-Time Endpoints", front(), "the card due comes before new ones");
        assertEquals("review", driver.findElement(By.cssSelector("#flashcard-list dl.on")).getAttribute("data-state"));
        assertEquals("0", text("deck-stat-today"));
        assertEquals("2 of 22", text("deck-stat-learned"));
        assertEquals("67% (2 of 3)", text("deck-stat-retention"), "reviews of cards in review, not the first one");
        List<String> bars = driver.findElements(By.cssSelector("#deck-chart .deck-bar-count")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("1", "0", "1", "0", "0", "0", "0"), bars, "due today, and in two days");
        assertEquals("Today", driver.findElements(By.cssSelector("#deck-chart .deck-bar-day")).get(0).getText());
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void exportClearAndImportRestoresProgressAndBadFilesChangeNothing() throws IOException {
        for (int i = 0; i < 3; i++) grade("4");
        grade("1");
        Map<String, Object> before = saved();
        AnkiDownload file = AnkiDownload.click(driver, "deck-export");
        assertTrue(file.name().matches("flashcards-progress-\\d{4}-\\d\\d-\\d\\d\\.json"), file.name());
        assertTrue(text("deck-status").startsWith("Saved " + file.name() + ": 4 cards and 4 reviews"), text("deck-status"));
        Path exported = Files.writeString(tmp.resolve(file.name()), file.text());

        driver.executeScript("localStorage.clear()");
        open();
        assertEquals("20 due: 0 to review, 20 new", text("deck-due"), "a browser with no progress");
        importFile(exported);
        assertEquals("Imported " + file.name() + ": 4 card states and 4 reviews merged.", text("deck-status"));
        assertEquals(before.get("cards"), saved().get("cards"));
        assertEquals(before.get("log"), saved().get("log"));
        String restored = text("deck-due");
        driver.navigate().refresh();
        assertEquals(restored, text("deck-due"), "the imported progress is saved");
        assertEquals("17 due: 1 to review, 16 new", restored);

        importFile(exported);
        assertEquals("Imported " + file.name() + ": 0 card states and 0 reviews merged.", text("deck-status"),
                "importing the same file twice adds nothing");

        Path broken = Files.writeString(tmp.resolve("broken.json"), file.text().substring(0, file.text().length() / 2));
        importFile(broken);
        assertEquals("broken.json: This file is not flashcard progress from studysite (it is not JSON). Nothing was changed.",
                text("deck-status"));
        Path damaged = Files.writeString(tmp.resolve("damaged.json"), file.text().replaceFirst(",\\d+\\]", ",\"x\"]"));
        importFile(damaged);
        assertEquals("damaged.json: This progress file is damaged (a card or review in it cannot be read). Nothing was changed.",
                text("deck-status"));
        Path other = Files.writeString(tmp.resolve("other.json"),
                file.text().replace("\"vault\":\"studysite.flashcards.", "\"vault\":\"studysite.flashcards.Other "));
        importFile(other);
        assertTrue(text("deck-status").startsWith("other.json: This progress file is from another set of notes (\"Other "),
                text("deck-status"));
        assertTrue(driver.findElement(By.id("deck-status")).getAttribute("class").contains("deck-status-problem"));
        assertEquals(before.get("cards"), saved().get("cards"), "a refused file changes nothing");
        assertEquals(before.get("log"), saved().get("log"));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    private void importFile(Path file) {
        if (!shown("deck-export")) driver.findElement(By.cssSelector("#deck-settings summary")).click();
        String status = text("deck-status");
        driver.findElement(By.id("deck-import")).sendKeys(file.toString());
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                .until(d -> !d.findElement(By.id("deck-status")).getText().equals(status)
                        && d.findElement(By.id("deck-import")).getAttribute("value").isEmpty());
    }

    @Test
    void resetAsksFirstThenForgetsEverything() {
        grade("4");
        driver.findElement(By.cssSelector("#deck-settings summary")).click();
        driver.findElement(By.id("deck-reset")).click();
        driver.switchTo().alert().dismiss();
        assertEquals(1, savedCards().size(), "cancelled: nothing forgotten");
        driver.findElement(By.id("deck-reset")).click();
        driver.switchTo().alert().accept();
        assertEquals("Progress cleared: every card is new.", text("deck-status"));
        assertEquals("20 due: 0 to review, 20 new", text("deck-due"));
        driver.navigate().refresh();
        assertEquals("20 due: 0 to review, 20 new", text("deck-due"));
        assertEquals(new ArrayList<>(), new ArrayList<>(savedCards().keySet()));
    }
}
