package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A reader studying the fixture's flashcards from disk (file://): flip, step, filter, mark, reload, reset. */
class FlashcardBrowserTest extends FixtureSiteInChromium {
    private static final int ALL = 22;

    private void open() {
        driver.get(site.out().resolve("flashcards.html").toUri().toString());
    }

    private WebElement currentCard() {
        List<WebElement> shown = driver.findElements(By.cssSelector("li.flashcard")).stream().filter(WebElement::isDisplayed).toList();
        assertEquals(1, shown.size(), "the deck shows exactly one card");
        return shown.get(0);
    }

    private String front() {
        return currentCard().findElement(By.cssSelector(".flashcard-front")).getText();
    }

    private boolean backShown() {
        return currentCard().findElement(By.cssSelector(".flashcard-back")).isDisplayed();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    private String state(String cardId) {
        return (String) driver.executeScript(
                "return document.querySelector('li.flashcard[data-id=\"' + arguments[0] + '\"]').getAttribute('data-state')", cardId);
    }

    @Test
    void flipStepFilterMarkAndProgressSurvivesAReload() {
        List<String> errors = new ArrayList<>();
        open();
        driver.executeScript("localStorage.clear()");
        open();

        assertEquals("Online store — Two Stores", front());
        assertFalse(backShown(), "a card starts on its front");
        assertEquals("Card 1 of " + ALL, text("deck-position"));
        assertEquals("Known 0 / " + ALL + " · again 0", text("deck-progress"));

        currentCard().findElement(By.cssSelector(".flashcard-front")).click();
        assertTrue(backShown(), "a click flips to the back");
        press(Keys.SPACE);
        assertFalse(backShown(), "Space flips back to the front");
        press(Keys.SPACE);
        assertTrue(backShown(), "and Space flips again");

        press(Keys.ARROW_RIGHT);
        assertEquals("Offline store — Two Stores", front());
        assertFalse(backShown(), "the next card starts on its front");
        press(Keys.ARROW_LEFT);
        assertEquals("Online store — Two Stores", front());

        new Select(driver.findElement(By.id("deck-tag"))).selectByValue("core");
        assertEquals("Card 1 of 4", text("deck-position"));
        List<String> coreIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            assertTrue((" " + currentCard().getAttribute("data-tags") + " ").contains(" core "), currentCard().getAttribute("data-tags"));
            coreIds.add(currentCard().getAttribute("data-id"));
            driver.findElement(By.id("deck-next")).click();
        }
        assertEquals(coreIds.get(0), currentCard().getAttribute("data-id"), "next wraps around the filtered cards");
        assertEquals("Known 0 / 4 · again 0", text("deck-progress"));

        driver.findElement(By.id("deck-known")).click();
        assertEquals(coreIds.get(1), currentCard().getAttribute("data-id"), "marking moves on to the next card");
        press("a");
        assertEquals("Known 1 / 4 · again 1", text("deck-progress"));
        errors.addAll(Chromium.consoleErrors(driver));

        driver.navigate().refresh();
        assertEquals("Known 1 / " + ALL + " · again 1", text("deck-progress"), "progress is kept across a reload");
        assertEquals("known", state(coreIds.get(0)));
        assertEquals("again", state(coreIds.get(1)));

        driver.findElement(By.id("deck-hide-known")).click();
        assertEquals("Card 1 of " + (ALL - 1), text("deck-position"), "hiding known cards leaves the others");

        driver.findElement(By.id("deck-reset")).click();
        assertEquals("Known 0 / " + ALL + " · again 0", text("deck-progress"));
        driver.navigate().refresh();
        assertEquals("Known 0 / " + ALL + " · again 0", text("deck-progress"), "reset clears the saved progress too");
        assertEquals(null, state(coreIds.get(0)));
        errors.addAll(Chromium.consoleErrors(driver));
        assertEquals(List.of(), errors);
    }

    @Test
    void noteFilterComesFromTheQueryStringAndShuffleKeepsTheFilteredCards() {
        driver.get(site.out().resolve("flashcards.html").toUri() + "?note=ops/monitoring");
        assertEquals("Card 1 of 2", text("deck-position"));
        assertEquals("ops/monitoring", new Select(driver.findElement(By.id("deck-note"))).getFirstSelectedOption().getAttribute("value"));
        driver.findElement(By.id("deck-shuffle")).click();
        assertEquals("Card 1 of 2", text("deck-position"));
        assertEquals("ops/monitoring", currentCard().getAttribute("data-note"));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }
}
