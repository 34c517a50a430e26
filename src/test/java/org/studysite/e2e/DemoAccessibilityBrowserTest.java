package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.studysite.testing.SiteHarness;

/**
 * axe-core over the demo vault we ship (notes/): every note page and the study tools, in light and dark mode,
 * from file://. The demo has what the small fixture lacks (long code blocks in several languages, wide tables,
 * many tags on one line), and is what the reporter checked first: 90 violations before issue 12.
 * One case per colour scheme lists every page's violations, so one run shows them all.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAccessibilityBrowserTest {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> TOOLS = List.of("index.html", "tags/index.html", "tags/exam-tip.html", "comparisons.html",
            "flashcards.html", "topics.html", "cheatsheets/index.html", "search.html?q=endpoint autoscaling");
    @TempDir
    static Path tmp;
    private Path out;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws IOException {
        Chromium.assumeInstalled();
        out = SiteHarness.build(SiteHarness.repo().resolve("notes"), tmp.resolve("site")).out();
        driver = Chromium.start(Files.createDirectories(tmp.resolve("profile")));
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
    }

    private List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>(TOOLS);
        try (Stream<Path> notes = Files.walk(out.resolve("notes"))) {
            notes.filter(p -> p.toString().endsWith(".html")).map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().forEach(pages::add);
        }
        pages.add("cheatsheets/exam-tip.html");
        return pages;
    }

    private String violations(String scheme) throws IOException {
        PageTypes.emulate(driver, 1280, List.of(Map.of("name", "prefers-color-scheme", "value", scheme)));
        StringBuilder found = new StringBuilder();
        for (String page : pages()) {
            String file = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
            String query = page.contains("?") ? page.substring(page.indexOf('?')).replace(" ", "+") : "";
            driver.get(out.resolve(file).toUri() + query);
            String drawn = page.startsWith("cheatsheets/exam-tip")
                    ? "/ready to print/.test(document.querySelector('.cheatsheet-status').textContent)"
                    : page.startsWith("search.html") ? "document.querySelector('#search-page-results .search-result-link')" : "true";
            try {
                PageTypes.waitFor(driver, drawn);
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError(page + " was not drawn: " + drawn, e);
            }
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
            assertFalse(results.isErrored(), () -> "axe could not run on " + page + ": " + results.getErrorMessage());
            for (Rule rule : results.getViolations()) {
                found.append(page).append(": ").append(rule.getId()).append(" (").append(rule.getNodes().size()).append(") ")
                        .append(rule.getNodes().stream().limit(3).map(n -> n.getTarget() + " " + n.getFailureSummary())
                                .collect(Collectors.joining("; "))).append('\n');
            }
        }
        return found.toString();
    }

    @Test
    void theDemoHasNoWcagViolationsInLightMode() throws IOException {
        assertTrue(pages().size() > 12, "every note page and the tools");
        assertEquals("", violations("light"));
    }

    @Test
    void theDemoHasNoWcagViolationsInDarkMode() throws IOException {
        assertEquals("", violations("dark"));
        PageTypes.reset(driver);
    }
}
