package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keyboard only, from file:// (issue 12): the skip link, focus that is always visible and reaches every
 * control in page order, the phone drawer that holds focus while open, the search box's results.
 */
class KeyboardBrowserTest extends FixtureSiteInChromium {
    /** What a focused element shows (its outline or a box shadow) and a name for messages. */
    private static final String FOCUSED = """
            var el = document.activeElement;
            if (!el || el === document.body) return null;
            var s = getComputedStyle(el);
            var shown = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
            var name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (el.textContent || el.value || '').trim().slice(0, 30) + '"';
            if (!el.hasAttribute('data-kb')) el.setAttribute('data-kb', String(document.querySelectorAll('[data-kb]').length));
            return {key: el.getAttribute('data-kb'), name: name, shown: shown};
            """;
    /** Every control a reader can see and use: each must be reached by Tab. */
    private static final String CONTROLS = """
            return Array.prototype.filter.call(document.querySelectorAll(
                'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'), function (el) {
                  return el.getClientRects().length > 0 && !el.disabled && getComputedStyle(el).visibility !== 'hidden'
                      && !el.closest('[inert]') && !(el.closest('details:not([open])') && el.tagName !== 'SUMMARY');
                }).map(function (el) {
                  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' + (el.textContent || '').trim().slice(0, 30)
                      + (el.hasAttribute('data-kb') ? '' : ' (never reached)');
                });
            """;

    @AfterEach
    void normalBrowser() {
        PageTypes.reset(driver);
    }

    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private void shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    private Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private boolean activeIsIn(String css) {
        return Boolean.TRUE.equals(js("return !!document.activeElement.closest(arguments[0])", css));
    }

    @Test
    void skipLinkIsTheFirstStopAndEnterMovesFocusToTheContent() {
        for (int width : PageTypes.WIDTHS) {
            PageTypes.NOTE.open(driver, site, "light", width);
            press(Keys.TAB);
            assertTrue(activeIsIn("a.skip-link"), "the first Tab stop is the skip link at " + width + " px");
            assertEquals(Boolean.TRUE, js("var r = document.activeElement.getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= innerHeight && r.width > 0"), "and it shows when focused");
            press(Keys.ENTER);
            assertEquals("content", js("return document.activeElement.id"), "Enter moves focus to the main content");
            press(Keys.TAB);
            assertTrue(activeIsIn("main#content"), "the next Tab stays in the content, past the header and sidebar");
        }
    }

    /** Tab from the top to the end: each stop shows its focus, and every control on the page is one of them. */
    @ParameterizedTest
    @EnumSource(value = PageTypes.class, mode = EnumSource.Mode.EXCLUDE, names = "SEARCH_POPUP")   // its own test below
    void tabReachesEveryControlAndFocusIsAlwaysVisible(PageTypes page) {
        page.open(driver, site, "light", 1280);
        assertEquals(0L, js("return document.querySelectorAll('[tabindex]:not([tabindex=\"0\"]):not([tabindex=\"-1\"])').length"),
                "no positive tabindex: the Tab order is the page's order");
        js("document.activeElement && document.activeElement.blur && document.activeElement.blur()");
        Set<String> seen = new LinkedHashSet<>();
        List<String> invisible = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            press(Keys.TAB);
            @SuppressWarnings("unchecked")
            Map<String, Object> focused = (Map<String, Object>) js(FOCUSED);
            if (focused == null || !seen.add((String) focused.get("key"))) break;
            if (!Boolean.TRUE.equals(focused.get("shown"))) invisible.add((String) focused.get("name"));
        }
        assertTrue(seen.size() > 5, "Tab moves through the page: " + seen.size());
        assertEquals(List.of(), invisible, "focused without a visible outline on " + page.path);
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) js(CONTROLS);
        assertEquals(List.of(), controls.stream().filter(c -> c.endsWith("(never reached)")).toList(),
                "controls Tab never reached on " + page.path);
    }

    @Test
    void phoneDrawerHoldsFocusWhileOpenAndEscapeReturnsIt() {
        PageTypes.NOTE.open(driver, site, "light", 390);
        press(Keys.TAB, Keys.TAB);
        assertTrue(activeIsIn("button.nav-toggle"), "skip link, then the menu button");
        WebElement toggle = driver.findElement(By.cssSelector(".nav-toggle"));
        WebElement nav = driver.findElement(By.id("site-nav"));
        assertFalse(nav.isDisplayed());
        press(Keys.ENTER);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(nav.isDisplayed());
        assertTrue(activeIsIn("#site-nav"), "opening moves focus into the drawer");
        assertEquals("page", js("return document.activeElement.getAttribute('aria-current')"), "onto this page's entry");
        int stops = ((Number) js("return Array.prototype.filter.call(document.querySelectorAll('#site-nav a[href]'),"
                + " function (a) { return a.getClientRects().length > 0; }).length")).intValue();
        assertTrue(stops > 5, "the fixture's drawer has links: " + stops);
        String start = (String) js("return document.activeElement.getAttribute('href')");
        List<String> forth = new ArrayList<>();
        for (int i = 0; i < stops; i++) {
            press(Keys.TAB);
            assertTrue(activeIsIn("#site-nav"), "Tab stays in the drawer (stop " + (i + 1) + ")");
            forth.add((String) js("return document.activeElement.getAttribute('href')"));
        }
        assertEquals(start, forth.get(stops - 1), "and comes round to where it began");
        List<String> back = new ArrayList<>();
        for (int i = 0; i < stops; i++) {
            shiftTab();
            assertTrue(activeIsIn("#site-nav"), "Shift-Tab stays in the drawer (stop " + (i + 1) + ")");
            back.add((String) js("return document.activeElement.getAttribute('href')"));
        }
        assertEquals(start, back.get(stops - 1), "Shift-Tab comes round too");
        List<String> reversed = new ArrayList<>(back.subList(0, stops - 1));
        java.util.Collections.reverse(reversed);
        assertEquals(forth.subList(0, stops - 1), reversed, "Shift-Tab goes through the same stops backwards");
        press(Keys.ESCAPE);
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(nav.isDisplayed(), "Escape closes the drawer");
        assertTrue(activeIsIn("button.nav-toggle"), "and gives focus back to the menu button");
    }

    @Test
    void searchResultsByArrowsAndTabAndEscapeReturnsToTheBox() {
        PageTypes.NOTE.open(driver, site, "light", 1280);
        WebElement box = driver.findElement(By.id("search-input"));
        box.sendKeys("endpoint");
        List<WebElement> results = waitForResults("endpoint");
        assertTrue(results.size() >= 2, "the fixture has several endpoint sections");
        assertEquals("true", box.getAttribute("aria-expanded"));
        press(Keys.ARROW_DOWN);
        assertEquals(box, driver.switchTo().activeElement(), "the arrows leave focus in the box (a combobox)");
        assertEquals(results.get(0).getAttribute("id"), box.getAttribute("aria-activedescendant"));
        assertEquals("true", results.get(0).getAttribute("aria-selected"));
        press(Keys.ARROW_DOWN);
        assertEquals(results.get(1).getAttribute("id"), box.getAttribute("aria-activedescendant"));
        press(Keys.ARROW_UP);
        assertEquals(results.get(0).getAttribute("id"), box.getAttribute("aria-activedescendant"));
        press(Keys.ESCAPE);
        assertFalse(driver.findElement(By.id("search-popup")).isDisplayed(), "Escape closes the results");
        assertEquals("false", box.getAttribute("aria-expanded"));
        assertEquals(null, box.getAttribute("aria-activedescendant"));
        assertEquals(box, driver.switchTo().activeElement());

        box.sendKeys("endpoint");   // Escape in a search box also empties it (Chromium)
        results = waitForResults("endpoint");
        press(Keys.TAB);
        assertEquals(results.get(0), driver.switchTo().activeElement(), "Tab goes from the box to the first result");
        press(Keys.ARROW_DOWN);
        assertEquals(results.get(1), driver.switchTo().activeElement(), "where the arrows move on through them");
        press(Keys.TAB);
        assertEquals(results.size() > 2 ? results.get(2) : driver.findElement(By.cssSelector(".search-all")),
                driver.switchTo().activeElement(), "and so does Tab");
        press(Keys.ESCAPE);
        assertFalse(driver.findElement(By.id("search-popup")).isDisplayed(), "Escape on a result closes the results");
        assertEquals(box, driver.switchTo().activeElement(), "and returns focus to the box");

        box.sendKeys("s");
        results = waitForResults("endpoints");
        press(Keys.ARROW_DOWN);
        shiftTab();
        assertFalse(driver.findElement(By.id("search-popup")).isDisplayed(), "focus leaving the box and its results closes them");
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    /** The results of the box's whole text (not of a prefix typed on the way: each answer redraws the list). */
    private List<WebElement> waitForResults(String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector("#search-popup:not([hidden]) .search-result-link"));
            boolean whole = !d.findElements(By.cssSelector("#search-popup .search-all[href$='q=" + text + "']")).isEmpty();
            return r.isEmpty() || !whole ? null : r;
        });
    }
}
