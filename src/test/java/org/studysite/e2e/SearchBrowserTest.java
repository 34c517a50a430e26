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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.testing.SiteHarness;

/** A student searching: types in the header box, picks a result with the keyboard, uses search.html. */
class SearchBrowserTest extends FixtureSiteInChromium {
    @Test
    void typeArrowEnterLandsOnTheSectionFromDisk() {
        typeArrowEnter(site.out().resolve("notes/guide.html").toUri().toString(), site.out().toUri().toString());
    }

    @Test
    void typeArrowEnterLandsOnTheSectionOverHttpSubPath() throws IOException {
        HttpServer server = StaticServer.serve(site.out(), "/study/");
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/study/";
            typeArrowEnter(base + "notes/guide.html", base);
        } finally {
            server.stop(0);
        }
    }

    private void typeArrowEnter(String start, String base) {
        driver.get(start);
        driver.findElement(By.tagName("body")).sendKeys("/");
        WebElement box = driver.findElement(By.id("search-input"));
        assertEquals(box, driver.switchTo().activeElement(), "'/' focuses the search box");
        box.sendKeys("batch transf");  // the last word is still being typed: a prefix
        List<WebElement> results = waitForResults();
        assertTrue(results.get(0).getAttribute("href").endsWith("notes/deploy/endpoints.html?h=batch+transf*#batch-transform"),
                results.get(0).getAttribute("href"));
        assertFalse(results.get(0).findElements(By.tagName("mark")).isEmpty(), "matched words are highlighted");
        box.sendKeys(Keys.ARROW_DOWN);
        assertTrue(results.get(0).getAttribute("class").contains("active"));
        box.sendKeys(Keys.ENTER);
        // The page takes the words to mark (?h=, SearchHitsBrowserTest) out of its address.
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                d.getCurrentUrl().equals(base + "notes/deploy/endpoints.html#batch-transform"));
        assertEquals(Boolean.TRUE, driver.executeScript(
                "var r = document.getElementById('batch-transform').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight;"));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void resultsPageWithTagFilterAndPhrase() {
        driver.get(site.out().resolve("search.html").toUri() + "?q=%22batch+transform%22");
        List<WebElement> results = new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> { var r = d.findElements(By.cssSelector("#search-page-results .search-result-link")); return r.isEmpty() ? null : r; });
        assertTrue(results.stream().allMatch(r -> r.getText().toLowerCase().contains("batch")));
        int all = results.size();
        driver.findElement(By.xpath("//button[contains(@class,'tag-filter') and text()='#exam-tip']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                d.findElements(By.cssSelector("#search-page-results .search-result-link")).size() < all);
        List<WebElement> tagged = driver.findElements(By.cssSelector("#search-page-results .search-result-link"));
        assertFalse(tagged.isEmpty());
        assertTrue(tagged.stream().allMatch(r -> r.getText().contains("#exam-tip")), "tag filter keeps tagged sections only");
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    /**
     * A result shows the start of its section (BrowserIndexExporter.SNIPPET_CHARS): a section whose
     * prose opens with markup typed as text must show that markup as text, and nothing of it may run.
     */
    @Test
    void noteTextIsShownAsTextNeverRun() {
        SiteHarness hostile = SiteHarness.build(SiteHarness.writeVault(tmp.resolve("hostile-vault"), """
                -- hostile.md --
                # Hostile

                Typed as text, never markup: `<img src=x onerror=alert(5)>` is how an attack looks in a search result.
                <img src="x.png" onerror="alert(2)"> <script>alert(1)</script>
                """), tmp.resolve("hostile-site"));
        driver.get(hostile.out().resolve("index.html").toUri().toString());
        driver.executeScript("window.__alerted = false; window.alert = function () { window.__alerted = true; };");
        driver.findElement(By.id("search-input")).sendKeys("onerror attack");
        List<WebElement> results = waitForResults();
        WebElement popup = driver.findElement(By.id("search-popup"));
        assertTrue(popup.getText().contains("<img src=x onerror=alert(5)>"), popup.getText());
        assertTrue(popup.findElements(By.tagName("img")).isEmpty(), "no element made from note text");
        assertTrue(popup.findElements(By.tagName("script")).isEmpty(), "no script made from note text");
        assertEquals(Boolean.FALSE, driver.executeScript("return window.__alerted"));
        assertFalse(results.isEmpty());
    }

    private List<WebElement> waitForResults() {
        return new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector("#search-popup .search-result-link"));
            return r.isEmpty() || d.findElement(By.id("search-popup")).getAttribute("hidden") != null ? null : r;
        });
    }
}
