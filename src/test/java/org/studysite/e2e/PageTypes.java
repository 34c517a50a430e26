package org.studysite.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.studysite.testing.SiteHarness;

/**
 * One page of each kind the fixture site has, opened from file:// and waited for until its scripts have
 * drawn what a reader sees (a packed list inflated, a cheat sheet's regions loaded, the deck's first card,
 * search results): the accessibility tests check the page as it is read, not its HTML before the scripts ran.
 */
enum PageTypes {
    HOME("index.html", "true"),
    NOTE("notes/deploy/endpoints.html", "true"),
    TAG_INDEX("tags/index.html", "true"),
    TAG("tags/exam-tip.html", "true"),
    COMPARISONS("comparisons.html", "document.querySelector('.comparison-filters:not([hidden])')"),
    FLASHCARDS_FRONT("flashcards.html", "document.querySelector('.deck-on #flashcard-list dl.on')"),
    FLASHCARDS_BACK("flashcards.html", "document.querySelector('.deck-on #flashcard-list dl.on.flipped')"),
    TOPICS("topics.html", "true"),
    CHEATSHEET_INDEX("cheatsheets/index.html", "true"),
    CHEATSHEET("cheatsheets/important.html", "/ready to print/.test(document.querySelector('.cheatsheet-status').textContent)"),
    SEARCH("search.html?q=endpoint", "document.querySelector('#search-page-results .search-result-link')"
            + " && document.getElementById('search-page-status').textContent"),
    /** The header box's results as you type, the first one chosen with the arrow key. */
    SEARCH_POPUP("notes/guide.html", "document.querySelector('#search-popup:not([hidden]) .search-result-link.active')");

    /** Light and dark, as the reader's system asks (CSS prefers-color-scheme). */
    static final List<String> SCHEMES = List.of("light", "dark");
    /** A phone (the sidebar is a drawer) and a laptop. */
    static final List<Integer> WIDTHS = List.of(390, 1280);

    final String path;
    private final String ready;

    PageTypes(String path, String ready) {
        this.path = path;
        this.ready = ready;
    }

    /** Opens the page at the given width and colour scheme and waits until it is drawn. */
    void open(ChromeDriver driver, SiteHarness site, String scheme, int width) {
        emulate(driver, width, List.of(Map.of("name", "prefers-color-scheme", "value", scheme)));
        String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
        String file = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        driver.get(site.out().resolve(file).toUri() + query);
        if (this == FLASHCARDS_BACK) {
            waitFor(driver, FLASHCARDS_FRONT.ready);
            new Actions(driver).sendKeys(Keys.SPACE).perform();
        } else if (this == SEARCH_POPUP) {
            WebElement box = driver.findElement(By.id("search-input"));
            box.sendKeys("endpoint");
            waitFor(driver, "document.querySelector('#search-popup:not([hidden]) .search-result-link')");
            box.sendKeys(Keys.ARROW_DOWN);
        }
        waitFor(driver, ready);
    }

    /** Viewport width (CSS px, a desktop browser, no touch) and media features such as prefers-color-scheme. */
    static void emulate(ChromeDriver driver, int width, List<Map<String, String>> features) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", features));
    }

    static void reset(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    static void waitFor(ChromeDriver driver, String condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && !document.querySelector('[aria-busy=\"true\"]') && !!(" + condition + ")")));
    }

    String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
