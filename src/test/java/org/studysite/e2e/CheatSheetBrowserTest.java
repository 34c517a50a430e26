package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The #exam-tip cheat sheet of the fixture site on screen, in print layout, and printed to PDF by Chromium. */
class CheatSheetBrowserTest extends FixtureSiteInChromium {
    /** A4 width minus the sheet's 10 mm side margins, in CSS pixels (96 per inch). */
    private static final int A4_CONTENT_PX = (int) Math.round((210 - 20) / 25.4 * 96);

    private String fileUrl(String page) {
        return site.out().resolve(page).toUri().toString();
    }

    /** Every label the tag page lists for #exam-tip, nested places included: the sheet must print them all. */
    private List<String> taggedLabels() {
        List<String> labels = site.page("tags/exam-tip.html").select("a.tag-entry-link").eachText();
        assertEquals(8, labels.size(), "fixture: eight #exam-tip places");
        return labels;
    }

    @Test
    void onScreenItIsAPageWithAWorkingPrintButton() {
        driver.get(fileUrl("cheatsheets/exam-tip.html"));
        WebElement button = driver.findElement(By.cssSelector("button.print-button"));
        assertTrue(button.isDisplayed());
        assertEquals("block", driver.executeScript("return getComputedStyle(document.querySelector('.site-header')).display === 'none' ? 'none' : 'block'"));
        // Replace the print dialog so the click is observable and nothing blocks the headless browser.
        driver.executeScript("window.print = function () { window.__printed = true; };");
        button.click();
        assertEquals(Boolean.TRUE, driver.executeScript("return window.__printed === true"));
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void printedToPdfItHoldsEveryTaggedHeadingOnNumberedA4Pages() throws IOException {
        byte[] pdf = CheatSheetPdf.print(driver, fileUrl("cheatsheets/exam-tip.html"));
        int pages = CheatSheetPdf.pages(pdf);
        assertTrue(pages >= 1, "pages: " + pages);
        String text = normal(CheatSheetPdf.text(pdf));
        for (String label : taggedLabels()) {
            assertTrue(text.contains(normal(label)), "PDF lacks \"" + label + "\":\n" + text);
        }
        assertTrue(text.contains("exam tip cheat sheet"), "the title");
        assertTrue(text.contains("page 1 " + pages), "the page-number margin box: page 1 / " + pages);
        assertFalse(text.contains("Search notes"), "no site header in print");
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    /** #important and #core bring code blocks, an image and a three-column table with the whole endpoints note. */
    @ParameterizedTest
    @ValueSource(strings = {"cheatsheets/exam-tip.html", "cheatsheets/important.html", "cheatsheets/core.html"})
    void inPrintLayoutNothingIsWiderThanItsColumnOrThePage(String sheet) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", A4_CONTENT_PX, "height", 1100, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            driver.get(fileUrl(sheet));
            assertEquals("2", driver.executeScript("return getComputedStyle(document.querySelector('.cheatsheet-regions')).columnCount"));
            assertEquals("none", driver.executeScript("return getComputedStyle(document.querySelector('.print-button')).display"));
            assertEquals("none", driver.executeScript("return getComputedStyle(document.querySelector('.site-header')).display"));
            @SuppressWarnings("unchecked")
            List<String> tooWide = (List<String>) driver.executeScript(OVERFLOW_SCRIPT);
            assertEquals(List.of(), tooWide);
            Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth");
            Number client = (Number) driver.executeScript("return document.documentElement.clientWidth");
            assertTrue(scroll.intValue() <= client.intValue(), "nothing beyond the page: " + scroll + " > " + client);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    /**
     * Every element inside the columns: each of its boxes (one per column fragment) fits the column
     * (or, for a spanning wide table, the whole width), and nothing scrolls or clips content inside.
     */
    private static final String OVERFLOW_SCRIPT = """
            const multi = document.querySelector('.cheatsheet-regions');
            const style = getComputedStyle(multi);
            const box = multi.getBoundingClientRect();
            const gap = parseFloat(style.columnGap) || 0;
            const column = (box.width - gap) / 2;
            const bad = [];
            for (const e of multi.querySelectorAll('*')) {
              const limit = e.closest('.wide') ? box.width : column;
              const name = e.tagName + (e.className ? '.' + e.className : '') + ' "' + e.textContent.trim().slice(0, 30) + '"';
              for (const r of e.getClientRects()) {
                if (r.width > limit + 1) bad.push(name + ' is ' + Math.round(r.width) + 'px in ' + Math.round(limit) + 'px');
                if (r.left < box.left - 1 || r.right > box.right + 1) bad.push(name + ' sticks out of the page');
              }
              if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== 'inline') {
                bad.push(name + ' hides content: ' + e.scrollWidth + ' > ' + e.clientWidth);
              }
            }
            return bad;
            """;

    private static String normal(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
