package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.studysite.bench.SyntheticVault;
import org.studysite.testing.SiteHarness;

/**
 * The sidebar of a large vault from file://: the page's own folder is open in its HTML, and the
 * shared nav-folders.js puts every other folder around it, in vault order, each once.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationBrowserTest {
    @TempDir
    static Path tmp;
    private SiteHarness site;
    private ChromeDriver driver;
    private List<String> folders;

    @BeforeAll
    void start() throws IOException {
        Chromium.assumeInstalled();
        Path vault = new SyntheticVault(7, 90).write(tmp.resolve("vault"));
        try (Stream<Path> dirs = Files.walk(vault)) {
            folders = dirs.filter(Files::isDirectory).filter(d -> !d.equals(vault))
                    .filter(d -> { try (Stream<Path> f = Files.list(d)) { return f.anyMatch(p -> p.toString().endsWith(".md")); }
                                   catch (IOException e) { throw new java.io.UncheckedIOException(e); } })
                    .map(d -> vault.relativize(d).toString().replace('\\', '/')).sorted().toList();
        }
        site = SiteHarness.build(vault, tmp.resolve("site"));
        driver = Chromium.start(Files.createDirectories(tmp.resolve("profile")));
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
    }

    /** Folder names in the order all-notes.html (and its parts) list them, each once. */
    private List<String> listOrder() {
        return Stream.iterate(1, i -> i + 1).limit(20)
                .map(i -> i == 1 ? "all-notes.html" : "all-notes." + i + ".html")
                .filter(p -> Files.exists(site.out().resolve(p)))
                .flatMap(p -> site.page(p).select("section.notes-list > h2").stream())
                .map(h -> h.ownText().strip()).distinct().toList();
    }

    @Test
    void everyFolderIsListedOnceAroundTheOpenOne() {
        String page = site.page("all-notes.html").select("a[href*=notes/]").get(40).attr("href");
        assertTrue(site.page(page).select("#site-nav .nav-folders > .nav-group").size() == 1,
                "without the script the page lists only its own folder");
        driver.get(site.out().resolve(page).toUri().toString());
        List<WebElement> groups = driver.findElements(By.cssSelector("#site-nav .nav-folders > .nav-group"));
        assertEquals(folders.size(), groups.size(), "one group per folder: " + folders);
        assertEquals(folders.size(), listOrder().size());
        // textContent: CSS shows folder names in capitals.
        List<String> shown = groups.stream().map(g -> g.findElement(By.cssSelector(".nav-folder a")).getAttribute("textContent").strip()).toList();
        assertEquals(listOrder(), shown, "every folder once, in the order of the list of all notes");
        WebElement open = driver.findElement(By.cssSelector("#site-nav .nav-group[data-folder]"));
        assertEquals("page", open.findElement(By.cssSelector("a.current")).getAttribute("aria-current"));
        int at = groups.indexOf(open);
        assertEquals(listOrder().indexOf(open.getAttribute("data-folder").replace("/", " / ")), at, "the open folder keeps its place");
        WebElement other = groups.get(at == 0 ? 1 : 0).findElement(By.cssSelector(".nav-folder a"));
        other.click();
        assertTrue(driver.getCurrentUrl().contains("all-notes"), driver.getCurrentUrl());
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }
}
