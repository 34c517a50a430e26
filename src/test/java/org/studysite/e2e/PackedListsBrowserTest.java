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
        for (String page : List.of("comparisons.2.html", "flashcards.2.html")) {
            Document html = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
            String script = html.selectFirst("[data-packed]").attr("data-packed");
            assertTrue(Files.size(out.resolve(script)) > 1000, page + " packs its list into " + script);
            assertTrue(html.select("table, dl").isEmpty(), page + " holds no tables or cards itself");
            assertFalse(html.select("[data-packed] noscript a[href]").isEmpty(), page + " says where to go without JavaScript");
        }
    }

    private void open(String page) {
        driver.get(out.resolve(page).toUri().toString());
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
    void aPackedFlashcardsPartIsADeck() {
        open("flashcards.2.html");
        WebElement card = driver.findElement(By.cssSelector("#flashcard-list dl.on"));
        WebElement front = card.findElement(By.cssSelector("dt.on"));
        assertTrue(front.isDisplayed() && !front.getText().isBlank(), "a card's front shows");
        assertFalse(card.findElement(By.cssSelector("dd.on")).isDisplayed(), "its back is hidden");
        String position = driver.findElement(By.id("deck-position")).getText();
        assertTrue(position.matches("Card 1 of \\d+"), position);
        driver.findElement(By.id("deck-flip")).click();
        assertTrue(card.findElement(By.cssSelector("dd.on")).isDisplayed(), "flip shows the back");
    }
}
