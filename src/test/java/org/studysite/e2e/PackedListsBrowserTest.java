package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.bench.SyntheticVault;
import org.studysite.testing.SiteHarness;

/**
 * A vault large enough that comparisons and flashcards come in parts, whose lists are packed into
 * scripts (lists/…js): the pages hold no tables or cards themselves, and opened from disk the tables
 * and cards appear, sort, filter and flip as on a small vault's page.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackedListsBrowserTest {
    @TempDir
    static Path tmp;
    private Path out;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws IOException {
        Chromium.assumeInstalled();
        Path vault = new SyntheticVault(7, 130).write(tmp.resolve("vault"));
        out = SiteHarness.build(vault, tmp.resolve("site")).out();
        driver = Chromium.start(Files.createDirectories(tmp.resolve("profile")));
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
    }

    @AfterEach
    void noConsoleErrors() {
        if (driver != null) assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void splitListsArePackedOutOfTheirPages() throws IOException {
        for (String page : List.of("comparisons.2.html", "flashcards.2.html", "topics.2.html", "tags/exam-tip.2.html")) {
            Document html = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
            String script = html.selectFirst("[data-packed]").attr("data-packed");
            assertTrue(Files.size(out.resolve(page).resolveSibling(script)) > 1000, page + " packs its list into " + script);
            assertTrue(html.select("main table, main dl:not(.deck-figures), main .tag-entries").isEmpty(), page + " holds no list itself");
            assertFalse(html.select("[data-packed] noscript a[href]").isEmpty(), page + " says where to go without JavaScript");
        }
    }

    private void open(String page) {
        open(page, "");
    }

    private void open(String page, String fragment) {
        driver.get(out.resolve(page).toUri() + fragment);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector("[data-packed]"))
                .getAttribute("aria-busy") == null);
    }

    @SuppressWarnings("unchecked")
    private List<String> firstColumn(String table) {
        return (List<String>) driver.executeScript("return Array.from(document.querySelector(arguments[0]).tBodies[0].rows)"
                + ".map(r => r.cells[0].textContent.trim())", table);
    }

    @Test
    void aPackedComparisonsPartShowsSortsAndFiltersItsTables() {
        open("comparisons.2.html");
        WebElement count = driver.findElement(By.id("comparison-count"));
        String total = count.getText().replaceAll(" of .*", "");
        assertEquals(Integer.parseInt(total), driver.findElements(By.cssSelector("article.comparison table")).size());
        assertTrue(Integer.parseInt(total) > 1, count.getText());

        WebElement article = driver.findElement(By.cssSelector("article.comparison"));
        String table = "#" + article.getAttribute("id") + " table";
        WebElement sort = driver.findElement(By.cssSelector(table + " th button.sort-button"));
        driver.executeScript("arguments[0].scrollIntoView({block:'center'})", sort);
        sort.click();
        List<String> sorted = firstColumn(table);
        assertEquals(sorted.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), sorted, "sorted by its first column");

        String caption = article.findElement(By.cssSelector(".comparison-caption")).getText();
        driver.findElement(By.id("comparison-filter")).sendKeys(caption);
        assertTrue(count.getText().matches("\\d+ of " + total + " tables"), count.getText());
        assertTrue(article.isDisplayed(), "the table whose caption was typed stays");
        assertTrue(Integer.parseInt(count.getText().replaceAll(" of .*", "")) < Integer.parseInt(total), count.getText());
    }

    @Test
    void aPackedTagPartListsItsPlacesWithLinksThatWork() {
        open("tags/exam-tip.2.html");
        List<WebElement> links = driver.findElements(By.cssSelector(".tag-entries li > a"));
        assertTrue(links.size() > 5, "places: " + links.size());
        String href = links.get(0).getAttribute("href");
        assertTrue(href.startsWith(out.resolve("notes").toUri().toString()), "a place links into its note: " + href);
        links.get(0).click();
        assertTrue(driver.getTitle().length() > 0 && driver.getCurrentUrl().equals(href), driver.getCurrentUrl());
    }

    @Test
    void aLinkIntoAPackedTopicPartFindsItsEntryAndTheFilterWorks() throws IOException {
        // A note's "Also in … N more" link goes to its topic's entry, which is in a packed part's list.
        String more = null;
        try (var pages = Files.walk(out.resolve("notes"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                var link = Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString()).selectFirst("a.also-in-more[href*=topics.]");
                if (link != null && !link.attr("href").contains("topics.html")) {
                    more = link.absUrl("href");
                    break;
                }
            }
        }
        assertTrue(more != null, "some note links to a topic on a later part of the index");
        driver.get(more);
        String id = more.substring(more.indexOf('#') + 1);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id(id)).isEmpty());
        WebElement entry = driver.findElement(By.id(id));
        double top = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top", entry)).doubleValue();
        double height = ((Number) driver.executeScript("return window.innerHeight")).doubleValue();
        assertTrue(top >= 0 && top < height, "the entry is scrolled into view: top " + top + " of " + height);

        String name = entry.findElement(By.tagName("dt")).getText().replaceAll(" \\d+ places$", "").replace(" (continued)", "");
        driver.findElement(By.id("topic-filter")).sendKeys(name);
        assertTrue(entry.isDisplayed(), "the typed topic stays");
        assertTrue(driver.findElement(By.id("topic-count")).getText().matches("\\d+ of \\d+ topics"),
                driver.findElement(By.id("topic-count")).getText());
    }

    @Test
    void aMalformedFragmentDoesNotStopTheList() {
        open("topics.2.html", "#%E0%A4");
        assertFalse(driver.findElements(By.cssSelector(".topic-list > div")).isEmpty(), "the topics are in");
        driver.findElement(By.id("topic-filter")).sendKeys("zzzz-no-such-topic");
        assertTrue(driver.findElement(By.id("topic-count")).getText().startsWith("0 of "), "the filter started");
    }

    @Test
    void aMissingListScriptSaysSoAndThePageStillWorks() throws IOException {
        // A part whose script did not make it to the host (a partial upload): the page says what is missing.
        Path page = out.resolve("comparisons.3.html");
        String script = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("[data-packed]").attr("data-packed");
        Path moved = tmp.resolve("moved.js");
        Files.move(page.resolveSibling(script), moved);
        try {
            open("comparisons.3.html");
            WebElement error = driver.findElement(By.cssSelector("[data-packed] .packed-error"));
            assertTrue(error.getText().contains(script), error.getText());
            assertTrue(driver.findElements(By.cssSelector("article.comparison")).isEmpty());
            List<String> errors = Chromium.consoleErrors(driver);
            assertEquals(1, errors.size(), "only the missing file: " + errors);
            assertTrue(errors.get(0).contains(script.substring(script.lastIndexOf('/') + 1)), errors.get(0));
            driver.findElement(By.cssSelector("nav.pager a[href='comparisons.html']")).click();
            assertTrue(driver.getCurrentUrl().endsWith("/comparisons.html"), "the Part bar still leads on");
        } finally {
            Files.move(moved, page.resolveSibling(script));
        }
    }

    @Test
    void aPackedFlashcardsPartIsADeck() {
        open("flashcards.2.html");
        WebElement card = driver.findElement(By.cssSelector("#flashcard-list dl.on"));
        WebElement front = card.findElement(By.cssSelector("dt.on"));
        assertTrue(front.isDisplayed() && !front.getText().isBlank(), "a card's front shows");
        assertFalse(card.findElement(By.cssSelector("dd.on")).isDisplayed(), "its back is hidden");
        String due = driver.findElement(By.id("deck-due")).getText();
        assertTrue(due.matches("\\d+ due: \\d+ to review, \\d+ new on this part"), due);
        driver.findElement(By.id("deck-show")).click();
        assertTrue(card.findElement(By.cssSelector("dd.on")).isDisplayed(), "Show answer shows the back");
        assertTrue(driver.findElement(By.id("deck-grade-good")).isDisplayed(), "and the grades");
    }
}
