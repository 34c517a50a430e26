package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.studysite.testing.SiteHarness;

/**
 * A reader browsing the fixture's flashcards from disk (file://): free practice (flip, step, filter, shuffle),
 * the filters, section links and the Anki file. Reviewing with spaced repetition: {@link DeckReviewBrowserTest}.
 */
class FlashcardBrowserTest extends FixtureSiteInChromium {
    private static final int ALL = 22;

    private void open() {
        driver.get(site.out().resolve("flashcards.html").toUri().toString());
    }

    private List<WebElement> displayed(String css) {
        return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
    }

    /** The one card shown, as "note › section: front". */
    private String current() {
        List<WebElement> fronts = displayed("#flashcard-list dt");
        assertEquals(1, fronts.size(), "the deck shows exactly one card");
        assertEquals(1, displayed("#flashcard-list h2").size(), "and its note's heading");
        assertEquals(1, displayed("#flashcard-list h3").size(), "and its section's heading");
        return displayed("#flashcard-list h2 a").get(0).getText() + " › " + displayed("#flashcard-list h3 a").get(0).getText()
                + ": " + fronts.get(0).getText();
    }

    private String front() {
        String current = current();
        return current.substring(current.indexOf(": ") + 2);
    }

    private boolean backShown() {
        return !displayed("#flashcard-list dd").isEmpty();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    /** Saved progress as localStorage holds it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> saved() {
        Object json = driver.executeScript("for (var i = 0; i < localStorage.length; i++) {"
                + " var k = localStorage.key(i); if (k.indexOf('studysite.flashcards.') === 0) return JSON.parse(localStorage.getItem(k)); }"
                + " return {};");
        return new TreeMap<>((Map<String, Object>) json);
    }

    @Test
    void practiceFlipsStepsAndFiltersWithoutGrading() {
        List<String> errors = new ArrayList<>();
        open();
        driver.executeScript("localStorage.clear()");
        open();
        driver.findElement(By.id("deck-practice")).click();

        assertEquals("Feature Store › Two Stores: Online store", current());
        assertFalse(backShown(), "a card starts on its front");
        assertEquals("Card 1 of " + ALL, text("deck-position"));

        displayed("#flashcard-list dt").get(0).click();
        assertTrue(backShown(), "a click flips to the back");
        press(Keys.SPACE);
        assertFalse(backShown(), "Space flips back to the front");
        press(Keys.SPACE);
        assertTrue(backShown(), "and Space flips again");

        press(Keys.ARROW_RIGHT);
        assertEquals("Offline store", front());
        assertFalse(backShown(), "the next card starts on its front");
        press(Keys.ARROW_RIGHT);
        assertEquals("Feature Store › Scenarios: Scenario: Read features during a live prediction", current());
        press(Keys.ARROW_LEFT);
        press(Keys.ARROW_LEFT);
        assertEquals("Online store", front());
        press("3");
        assertEquals("Online store", front(), "practice does not grade");

        new Select(driver.findElement(By.id("deck-tag"))).selectByValue("core");
        assertEquals("Card 1 of 4", text("deck-position"));
        List<String> core = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            core.add(front());
            driver.findElement(By.id("deck-next")).click();
        }
        assertEquals(List.of("Real-Time Endpoints", "Purpose", "Predict while the customer is checking out?",
                "Score last month's orders in one go"), core);
        assertEquals("Real-Time Endpoints", front(), "next wraps around the filtered cards");
        assertEquals(Map.of(), saved(), "nothing is saved while practising");

        driver.findElement(By.id("deck-back")).click();
        assertEquals("4 due: 0 to review, 4 new", text("deck-due"), "back to the due cards of the filter");
        assertEquals("Real-Time Endpoints", front());
        errors.addAll(Chromium.consoleErrors(driver));
        assertEquals(List.of(), errors);
    }

    @Test
    void noteFilterComesFromTheQueryStringAndShuffleKeepsTheFilteredCards() {
        driver.get(site.out().resolve("flashcards.html").toUri() + "?note=ops/monitoring");
        assertEquals("ops/monitoring", new Select(driver.findElement(By.id("deck-note"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("2 due: 0 to review, 2 new", text("deck-due"));
        driver.findElement(By.id("deck-practice")).click();
        assertEquals("Card 1 of 2", text("deck-position"));
        driver.findElement(By.id("deck-shuffle")).click();
        assertEquals("Card 1 of 2", text("deck-position"));
        assertEquals("ops/monitoring", displayed("#flashcard-list h2").get(0).getAttribute("data-note"));
        driver.get(site.out().resolve("flashcards.html").toUri() + "?folder=deploy");
        assertEquals("4 due: 0 to review, 4 new", text("deck-due"), "deploy/endpoints' four cards");
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void theFiltersListTheNotesAndTagsOfTheCardsWithCounts() {
        open();
        assertEquals(List.of("All tags", "#core (4)", "#exam-tip (6)", "#hands-on (5)"),
                new Select(driver.findElement(By.id("deck-tag"))).getOptions().stream().map(WebElement::getText).toList());
        assertEquals(List.of("", "starts-deep", "guide", "training", "deploy/endpoints", "ops/monitoring"),
                new Select(driver.findElement(By.id("deck-note"))).getOptions().stream().map(o -> o.getAttribute("value")).toList());
        assertEquals("Feature Store (8)", new Select(driver.findElement(By.id("deck-note"))).getOptions().get(1).getText());
        assertEquals(List.of("All folders", "Top level (16)", "deploy (4)", "ops (2)"),
                new Select(driver.findElement(By.id("deck-folder"))).getOptions().stream().map(WebElement::getText).toList());
    }

    @Test
    void sectionHeadingsBecomeLinksToTheSectionOnTheNotesPage() {
        open();
        WebElement link = displayed("#flashcard-list h3 a").get(0);
        assertEquals("Two Stores", link.getText());
        assertEquals("notes/starts-deep.html#two-stores", link.getDomAttribute("href"));
        link.click();
        assertTrue(driver.getCurrentUrl().endsWith("/notes/starts-deep.html#two-stores"), driver.getCurrentUrl());
    }

    @Test
    void theAnkiFileIsTheWholeDeckAsTheBuildOnceWroteIt() throws IOException {
        open();
        AnkiDownload file = AnkiDownload.click(driver);
        assertEquals("flashcards.tsv", file.name());
        // The file the build wrote before the browser made it: fronts name their section (and note, when
        // two notes share one), so Anki sees the same cards as before.
        assertEquals(Files.readString(SiteHarness.repo().resolve("src/test/resources/golden/study/flashcards.tsv")), file.text());
        assertTrue(text("deck-status").startsWith("Saved flashcards.tsv: all 22 cards"), text("deck-status"));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }
}
