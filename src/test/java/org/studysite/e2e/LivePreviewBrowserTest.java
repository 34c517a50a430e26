package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.serve.PreviewServer;

/**
 * live.js in Chromium against a real PreviewServer: a page reloads (keeping its scroll position) when
 * a publish changes it and only then, a 404 page comes back by itself, and build problems show in a
 * panel that can be dismissed.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivePreviewBrowserTest {
    private static final String PROBLEM = "notes/a.md:3: warning: bad front matter";
    @TempDir
    static Path tmp;
    private ChromeDriver driver;
    private PreviewServer server;
    private final Map<String, byte[]> site = new HashMap<>();

    @BeforeAll
    void startBrowser() throws IOException {
        Chromium.assumeInstalled();
        driver = Chromium.start(Files.createDirectories(tmp.resolve("profile")));
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @BeforeEach
    void startServer() throws IOException {
        server = PreviewServer.start("127.0.0.1", 0);
        site.clear();
        site.put("index.html", page("Home", "home"));
        site.put("notes/a.html", page("A", "version one"));
        site.put("notes/b.html", page("B", "b"));
        site.put("assets/site.css", "p { margin: 0 0 40px; }".getBytes(StandardCharsets.UTF_8));
        server.publish(site, site.keySet());
        Chromium.consoleErrors(driver); // only this test's errors count
    }

    @AfterEach
    void stopServer() {
        server.close();
        // Nothing of one test (a dismissed list, a saved scroll position) may leak into the next.
        if (driver != null) driver.executeScript("sessionStorage.clear()");
    }

    @Test
    void aChangedPageReloadsWhereItWasAndOtherChangesLeaveItAlone() {
        open("/notes/a.html");
        driver.executeScript("window.scrollTo(0, 1500); window.notReloaded = true;");
        server.publish(site, Set.of("notes/b.html"));
        // Events arrive in order: once the problems show, the change before them was handled.
        server.problems(List.of(PROBLEM));
        waitFor(() -> panel() != null);
        assertEquals(Boolean.TRUE, driver.executeScript("return window.notReloaded === true"), "b.html changed, not this page");

        site.put("notes/a.html", page("A", "version two"));
        server.publish(site, Set.of("notes/a.html"));
        waitFor(() -> driver.findElement(By.tagName("h1")).getText().equals("version two"));
        waitFor(() -> Boolean.TRUE.equals(driver.executeScript("return document.readyState === 'complete'")));
        assertEquals("[]", driver.executeScript("return JSON.stringify(Object.keys(sessionStorage))"), "the saved position is removed");
        assertEquals(1500, scrollY());
        // The test site has no favicon; anything else failing is live.js's doing.
        assertEquals(List.of(), Chromium.consoleErrors(driver).stream().filter(e -> !e.contains("/favicon.ico")).toList());
    }

    @Test
    void aStylesheetThePageUsesReloadsItToo() {
        open("/notes/a.html");
        driver.executeScript("window.notReloaded = true;");
        server.publish(site, Set.of("assets/site.css"));
        waitFor(() -> !Boolean.TRUE.equals(driver.executeScript("return window.notReloaded === true")));
    }

    @Test
    void aMissingPageComesBackByItself() {
        open("/notes/new.html");
        assertEquals("Not found: /notes/new.html", driver.findElement(By.tagName("h1")).getText());
        site.put("notes/new.html", page("New", "new note"));
        server.publish(site, Set.of("notes/new.html"));
        waitFor(() -> driver.findElement(By.tagName("h1")).getText().equals("new note"));
    }

    @Test
    void problemsShowInAPanelThatCanBeDismissed() {
        open("/notes/a.html");
        server.problems(List.of(PROBLEM, "notes/<b>x</b>.md:1: warning: odd name"));
        waitFor(() -> panel() != null);
        WebElement panel = panel();
        assertEquals("aside", panel.getTagName());
        assertEquals("alert", panel.getAttribute("role"));
        assertEquals("Build problems", panel.getAttribute("aria-label"));
        assertEquals("2 problems in your notes", panel.findElement(By.tagName("h2")).getText());
        List<String> items = panel.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertEquals(List.of(PROBLEM, "notes/<b>x</b>.md:1: warning: odd name"), items, "as text, never as HTML");
        assertEquals(0, panel.findElements(By.tagName("b")).size());
        double height = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().height", panel)).doubleValue();
        assertTrue(height < 900 / 2, "covers at most part of the page: " + height);

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals("none", panel.getCssValue("display"), "never printed");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        panel.findElement(By.tagName("button")).click();
        waitFor(() -> panel() == null);
        server.problems(List.of(PROBLEM));
        waitFor(() -> panel() != null && panel().getText().contains("1 problem in your notes"));
        server.problems(List.of());
        waitFor(() -> panel() == null);
    }

    @Test
    void aDismissedListStaysDismissedAcrossReloads() {
        server.problems(List.of(PROBLEM));
        open("/notes/a.html");
        waitFor(() -> panel() != null);
        panel().findElement(By.tagName("button")).click();
        site.put("notes/a.html", page("A", "version two"));
        server.publish(site, Set.of("notes/a.html"));
        waitFor(() -> driver.findElement(By.tagName("h1")).getText().equals("version two"));
        server.problems(List.of(PROBLEM, "notes/b.md:1: warning: another"));
        waitFor(() -> panel() != null);
        assertEquals(2, panel().findElements(By.tagName("li")).size(), "a different list shows again");
    }

    @Test
    void aPageThatMissedChangesWhileDisconnectedReloads() throws IOException {
        server.problems(List.of(PROBLEM));
        open("/notes/a.html");
        waitFor(() -> panel() != null); // connected: the state event came
        int port = server.address().getPort();
        server.close();
        // The writer restarted serve: the new server has published more often than the page has seen.
        server = PreviewServer.start("127.0.0.1", port);
        site.put("notes/a.html", page("A", "rebuilt while away"));
        for (int i = 0; i < 3; i++) {
            server.publish(site, Set.of("index.html"));
        }
        waitFor(() -> driver.findElement(By.tagName("h1")).getText().equals("rebuilt while away"));
    }

    private void open(String path) {
        driver.get(server.address().resolve(path).toString());
        waitFor(() -> Boolean.TRUE.equals(driver.executeScript("return document.readyState === 'complete'")));
    }

    private WebElement panel() {
        List<WebElement> panels = driver.findElements(By.id("studysite-problems"));
        return panels.isEmpty() ? null : panels.get(0);
    }

    private long scrollY() {
        return ((Number) driver.executeScript("return Math.round(window.scrollY)")).longValue();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    /** A page tall enough to scroll, with the site's stylesheet. */
    private static byte[] page(String title, String heading) {
        String paragraphs = "<p>text</p>\n".repeat(200);
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"../assets/site.css\"></head><body><h1>" + heading + "</h1>\n"
                + paragraphs + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }
}
