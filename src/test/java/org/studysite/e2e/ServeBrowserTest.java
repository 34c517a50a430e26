package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.serve.PreviewSession;
import org.studysite.testing.SiteHarness;

/**
 * A writer with the live preview open in Chromium: saving the note they are reading refreshes it
 * by itself, where they were on the page; a mistake shows in the page with its file and line, and
 * the page keeps working; a new note appears on its tag page; a deleted note's page is gone.
 */
@Tag("browser")
class ServeBrowserTest {
    @TempDir
    Path temp;
    private Path vault;
    private PreviewSession session;
    private ChromeDriver driver;
    private final java.util.concurrent.atomic.AtomicLong lastPublished = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    @BeforeEach
    void start() throws IOException {
        Chromium.assumeInstalled();
        vault = SiteHarness.copyVault(SiteHarness.fixtureVault(), temp.resolve("vault"));
        PrintWriter log = new PrintWriter(System.out, true);
        session = PreviewSession.start(new PreviewSession.Settings(vault, Optional.empty(), "127.0.0.1", 0), log, log);
        session.addListener((outcome, nanos) -> lastPublished.set(System.nanoTime()));
        driver = Chromium.start(Files.createDirectories(temp.resolve("profile")));
    }

    @AfterEach
    void stop() {
        if (driver != null) driver.quit();
        if (session != null) session.close();
    }

    private String url(String page) {
        return session.address().resolve(page).toString();
    }

    /**
     * Waits until the preview has published nothing for a second: after a save come the saved page,
     * its search, then the rebuild that brings related sections, and each may reload the open page.
     */
    private void settled() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> System.nanoTime() - lastPublished.get() > 1_000_000_000L);
    }

    private WebDriverWait waiting() {
        // The page reloads under the wait: an element found before the reload is stale after it.
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class);
    }

    @Test
    void savingTheOpenNoteRefreshesItWhereTheReaderWas() throws IOException {
        driver.get(url("notes/training.html"));
        driver.executeScript("window.studysiteTestMark = 'same page'; window.scrollTo(0, 600)");
        long scrolled = ((Number) driver.executeScript("return Math.round(window.scrollY)")).longValue();
        assertTrue(scrolled > 300, "the page is long enough to scroll: " + scrolled);

        replace("training.md", "Bayesian search is the default;", "Bayesian search is the default, said the live preview;");

        waiting().until(d -> driver.findElement(By.cssSelector(".note-body")).getText().contains("said the live preview"));
        assertEquals(null, driver.executeScript("return window.studysiteTestMark"), "the page reloaded by itself");
        long after = ((Number) driver.executeScript("return Math.round(window.scrollY)")).longValue();
        assertTrue(Math.abs(after - scrolled) < 40, "scroll position kept: " + scrolled + " then " + after);
    }

    /** Search marks live in history.state: the preview's reload marks the new text, where the reader was. */
    @Test
    void searchMarksComeBackOnTheReloadOfASave() throws IOException {
        driver.get(url("notes/deploy/endpoints.html?h=batch+transf*#batch-transform"));
        waiting().until(d -> d.findElements(By.cssSelector("mark.search-hit")).size() == 2);
        assertEquals(url("notes/deploy/endpoints.html#batch-transform"), driver.getCurrentUrl());
        driver.executeScript("window.studysiteTestMark = 'same page'; window.scrollBy(0, 120)");
        long scrolled = ((Number) driver.executeScript("return Math.round(window.scrollY)")).longValue();

        replace("deploy/endpoints.md", "A job reads a dataset", "A batch job reads a dataset");

        waiting().until(d -> d.findElements(By.cssSelector("mark.search-hit")).stream().map(m -> m.getText()).toList()
                .equals(java.util.List.of("Batch", "Transform", "batch")));
        assertEquals(null, driver.executeScript("return window.studysiteTestMark"), "the page reloaded by itself");
        // live.js puts the reader back on 'load', which may come after the marks; then nothing moves the page.
        waiting().until(d -> Math.abs(((Number) driver.executeScript("return Math.round(window.scrollY)")).longValue() - scrolled) < 40);
        driver.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 500)");
        long after = ((Number) driver.executeScript("return Math.round(window.scrollY)")).longValue();
        assertTrue(Math.abs(after - scrolled) < 40, "the marks do not move the page: " + scrolled + " then " + after);
    }

    @Test
    void badFrontMatterShowsWhereInThePageAndThePageKeepsWorking() throws IOException {
        driver.get(url("notes/guide.html"));
        Files.writeString(vault.resolve("ops/broken.md"), "---\ntitle: [unclosed\n---\n# Broken\n\nText.\n");

        waiting().until(d -> d.findElements(By.id("studysite-problems")).stream().anyMatch(p -> p.getText().contains("broken.md:")));
        settled();
        waiting().until(d -> d.findElements(By.id("studysite-problems")).stream().anyMatch(p -> p.getText().contains("broken.md:")));
        String panel = driver.findElement(By.id("studysite-problems")).getText();
        assertTrue(panel.matches("(?s).*ops/broken\\.md:\\d+: warning: .*"), panel);
        driver.findElement(By.cssSelector("#studysite-problems button")).click();
        assertTrue(driver.findElements(By.id("studysite-problems")).stream().noneMatch(e -> e.isDisplayed()), "dismissed");
        driver.findElement(By.cssSelector("nav.toc a")).click();
        assertTrue(driver.getCurrentUrl().contains("#"), "the page still works: its table of contents links");
    }

    @Test
    void aNewNoteIsOnItsTagPageAndADeletedNotesPageIsGone() throws IOException, InterruptedException {
        driver.get(url("tags/exam-tip.html"));
        Files.writeString(vault.resolve("ops/alerts.md"), "# Alerts\n\nPage someone when the error rate doubles. #exam-tip\n");

        waiting().until(d -> driver.findElement(By.tagName("main")).getText().contains("Alerts"));
        driver.get(url("notes/ops/alerts.html"));
        assertEquals("Alerts", driver.findElement(By.cssSelector("h1.note-title")).getText());

        Files.delete(vault.resolve("ops/alerts.md"));
        waiting().until(d -> driver.getPageSource().contains("Not found"));
        HttpResponse<String> gone = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("notes/ops/alerts.html"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, gone.statusCode());
    }

    private void replace(String note, String from, String to) throws IOException {
        Path file = vault.resolve(note);
        String text = Files.readString(file);
        assertTrue(text.contains(from), note + " has " + from);
        // As editors save: a new file renamed over the old one.
        Path saved = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(saved, text.replace(from, to));
        Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
