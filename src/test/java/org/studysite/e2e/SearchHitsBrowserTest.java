package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.testing.SiteHarness;

/**
 * A student opens a search result: the page marks the searched words (and the forms search matched) in
 * the section it landed on, and nowhere else; Escape or the bar's button clears them for good. The
 * words travel as ?h= on the result link and live in history.state once the page took them.
 */
class SearchHitsBrowserTest extends FixtureSiteInChromium {
    private static final String LANDED = "notes/deploy/endpoints.html#batch-transform";

    @Test
    void clickedResultMarksItsSectionFromDisk() {
        String base = site.out().toUri().toString();
        openFirstResult(base + "notes/guide.html", "batch transf", false);
        assertMarkedSection(base);
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void resultOpenedWithTheKeyboardMarksItsSectionOverHttpSubPath() throws IOException {
        HttpServer server = StaticServer.serve(site.out(), "/study/");
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/study/";
            openFirstResult(base + "notes/guide.html", "batch transf", true);
            assertMarkedSection(base);
            driver.navigate().refresh();
            waitForMarks();
            assertEquals(List.of("Batch", "Transform"), markTexts(), "a reload keeps the marks");
            assertEquals(base + LANDED, driver.getCurrentUrl());
            assertEquals(List.of(), Chromium.consoleErrors(driver));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void escapeClearsTheMarksForGood() {
        openFirstResult(site.out().resolve("index.html").toUri().toString(), "batch transf", true);
        String heading = headingHtmlWithoutMarks();
        WebElement box = driver.findElement(By.id("search-input"));
        box.sendKeys(Keys.ESCAPE);
        assertEquals(2, markTexts().size(), "Escape in the search box is the box's");
        driver.executeScript("document.activeElement.blur()");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertEquals(List.of(), markTexts());
        assertTrue(driver.findElements(By.cssSelector(".search-hits-bar")).isEmpty(), "the bar goes with the marks");
        assertEquals(heading, driver.executeScript("var h = document.getElementById('batch-transform');"
                + "return h.outerHTML + ' / ' + h.childNodes.length + ' nodes';"), "the heading is as it was, its text nodes merged back");
        driver.navigate().refresh();
        assertNoMarksAfterLoad();
    }

    @Test
    void theBarsButtonClearsTheMarksForGoodAndKeepsFocusInTheContent() {
        openFirstResult(site.out().resolve("notes/guide.html").toUri().toString(), "batch transf", false);
        WebElement bar = driver.findElement(By.cssSelector("main .search-hits-bar"));
        assertTrue(bar.isDisplayed());
        assertEquals("Marked: batch transf… (2 in this section)\nClear marks\nor Esc", bar.getText());
        WebElement button = bar.findElement(By.tagName("button"));
        button.sendKeys(Keys.ENTER);  // a real button: the keyboard presses it
        assertEquals(List.of(), markTexts());
        assertEquals("content", driver.switchTo().activeElement().getAttribute("id"), "focus stays in the content");
        driver.navigate().refresh();
        assertNoMarksAfterLoad();
    }

    @Test
    void aLinkWithoutTheWordsMarksNothing() {
        driver.get(site.out().resolve(LANDED).toUri().toString());
        assertNoMarksAfterLoad();
    }

    @Test
    void wordFormsSearchMatchedAreMarkedButNotInTagsOrTheTableOfContents() {
        driver.get(site.out().resolve("notes/deploy/endpoints.html").toUri() + "?h=prediction+exam+tip#batch-transform");
        waitForMarks();
        assertEquals(List.of("predictions"), markTexts(), "'prediction' marks its plural; the #exam-tip chip is no text");
        driver.get(site.out().resolve("notes/deploy/endpoints.html").toUri() + "?h=instance#real-time-hosting");
        waitForMarks();
        // The h2's section holds its h3 ("instance-hour"); a_b_c is one word to search, as here.
        assertEquals(List.of("Instances", "instance"), markTexts());
        assertEquals(0L, driver.executeScript("return document.querySelectorAll('nav mark, .tag mark, pre mark').length"));
    }

    @Test
    void marksFollowSearchStemsAndIgnoreAccents() {
        SiteHarness small = SiteHarness.build(SiteHarness.writeVault(tmp.resolve("forms-vault"), """
                -- plan.md --
                # Plan

                ## Week one
                The first week, before the study plan.

                ## Study plan
                One study a day, two studies on Sunday, studying daily at the café or Cafe Noir.

                ## Other
                A study that is not in the landed section.
                """), tmp.resolve("forms-site"));
        driver.get(small.out().resolve("notes/plan.html").toUri() + "?h=studies+cafe#study-plan");
        waitForMarks();
        assertEquals(List.of("Study", "study", "studies", "studying", "café", "Cafe"), markTexts());
        assertEquals(0L, driver.executeScript("return document.querySelectorAll('#other ~ * mark').length"));
        // A subtitle (the h2 right under the title, shown in the page header) lands on the introduction.
        driver.get(small.out().resolve("notes/plan.html").toUri() + "?h=week#week-one");
        waitForMarks();
        assertEquals("note-subtitle", driver.findElement(By.id("week-one")).getAttribute("class"));
        assertEquals(List.of("Week", "week"), markTexts());
    }

    @Test
    void wordsFromTheAddressAreTextNeverMarkup() {
        driver.get(site.out().resolve("notes/deploy/endpoints.html").toUri()
                + "?h=batch+%3Cimg+src%3Dx+onerror%3Dalert(1)%3E#batch-transform");
        waitForMarks();
        WebElement bar = driver.findElement(By.cssSelector(".search-hits-bar"));
        assertTrue(bar.getText().contains("batch <img src=x onerror=alert(1)>"), bar.getText());
        assertTrue(bar.findElements(By.tagName("img")).isEmpty());
        assertEquals(List.of("Batch"), markTexts());
    }

    @Test
    void resultLinksOfTheSearchPageCarryTheWords() {
        driver.get(site.out().resolve("search.html").toUri() + "?q=%22batch+transform%22+%23exam-tip");
        WebElement first = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                d.findElements(By.cssSelector("#search-page-results .search-result-link")).stream().findFirst().orElse(null));
        assertTrue(first.getAttribute("href").endsWith("?h=batch+transform#batch-transform"), first.getAttribute("href"));
    }

    /** Types a query in the header box of start and opens the first result with a click or arrow and Enter. */
    private void openFirstResult(String start, String query, boolean keyboard) {
        driver.get(start);
        WebElement box = driver.findElement(By.id("search-input"));
        box.sendKeys(query);
        List<WebElement> results = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector("#search-popup .search-result-link"));
            return r.isEmpty() || d.findElement(By.id("search-popup")).getAttribute("hidden") != null ? null : r;
        });
        assertTrue(results.get(0).getAttribute("href").endsWith("endpoints.html?h=batch+transf*#batch-transform"),
                results.get(0).getAttribute("href"));
        if (keyboard) {
            box.sendKeys(Keys.ARROW_DOWN);
            box.sendKeys(Keys.ENTER);
        } else {
            results.get(0).click();
        }
        waitForMarks();
    }

    /** Batch Transform's section (up to the next h3) has its two words marked; nothing else is. */
    private void assertMarkedSection(String base) {
        assertEquals(base + LANDED, driver.getCurrentUrl(), "the address drops ?h= once the page took it");
        assertEquals(List.of("Batch", "Transform"), markTexts());
        assertEquals(0L, driver.executeScript("""
                var from = document.getElementById('batch-transform'), to = document.getElementById('limitations-1');
                return Array.from(document.querySelectorAll('mark')).filter(function (m) {
                  return !(from.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)
                      || !(to.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_PRECEDING);
                }).length;"""), "no mark outside the landed section");
        assertTrue(driver.findElement(By.id("batch-processing")).getText().contains("Batch"),
                "the words are on the page outside the section too");
        assertEquals(Boolean.TRUE, driver.executeScript(
                "var r = document.querySelector('mark.search-hit').getBoundingClientRect(); return r.top > 0 && r.bottom < innerHeight;"),
                "the first mark is in view");
    }

    private String headingHtmlWithoutMarks() {
        return (String) driver.executeScript("var h = document.getElementById('batch-transform').cloneNode(true);"
                + "h.querySelectorAll('mark').forEach(function (m) { m.replaceWith(m.textContent); });"
                + "h.normalize(); return h.outerHTML + ' / ' + h.childNodes.length + ' nodes';");
    }

    private void waitForMarks() {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector("mark.search-hit")).isEmpty());
    }

    /** Waits until search.js has settled (the index was loaded by nothing), then checks there are no marks. */
    private void assertNoMarksAfterLoad() {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        driver.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 300)");
        assertEquals(List.of(), markTexts());
        assertTrue(driver.findElements(By.cssSelector(".search-hits-bar")).isEmpty());
        assertFalse(driver.getCurrentUrl().contains("?h="));
    }

    private List<String> markTexts() {
        return driver.findElements(By.cssSelector("mark.search-hit")).stream().map(WebElement::getText).toList();
    }
}
