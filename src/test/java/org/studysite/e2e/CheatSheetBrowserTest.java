package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cheat sheets of the fixture site in Chromium, from file://: a tag's sheet filling in its places from
 * the shared region scripts (and without JavaScript, a list of links), a note page's cheat-sheet mode,
 * both in print layout and printed to PDF by Chromium.
 */
class CheatSheetBrowserTest extends FixtureSiteInChromium {
    /** A4 width minus the sheet's 10 mm side margins, in CSS pixels (96 per inch). */
    private static final int A4_CONTENT_PX = (int) Math.round((210 - 20) / 25.4 * 96);
    private static final String MODE = "notes/ops/monitoring.html#cheatsheet";

    private String fileUrl(String page) {
        int hash = page.indexOf('#');
        return hash < 0 ? site.out().resolve(page).toUri().toString()
                : site.out().resolve(page.substring(0, hash)).toUri() + page.substring(hash);
    }

    /** Opens a page; a tag's sheet is ready once its script says every place is in. */
    private void open(String page) {
        driver.get(fileUrl(page));
        if (page.startsWith("cheatsheets/")) {
            // textContent: in print media the status is not shown, so it has no visible text.
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> driver.findElement(By.cssSelector(".cheatsheet-status"))
                    .getAttribute("textContent").contains("ready to print"));
        }
    }

    /** Every label the tag page lists for #exam-tip, nested places included: the sheet must print them all. */
    private List<String> taggedLabels() {
        List<String> labels = site.page("tags/exam-tip.html").select(".tag-entries li > a").eachText();
        assertEquals(8, labels.size(), "fixture: eight #exam-tip places");
        return labels;
    }

    @Test
    void aTagSheetFillsInEveryPlaceFromTheRegionScriptsThenPrints() {
        open("cheatsheets/exam-tip.html");
        assertEquals(List.of(), driver.findElements(By.cssSelector(".cheatsheet-body:empty")), "every place filled in");
        List<WebElement> bodies = driver.findElements(By.cssSelector(".cheatsheet-region .cheatsheet-body"));
        assertEquals(8, bodies.size());
        assertFalse(driver.findElement(By.cssSelector(".cheatsheet-nojs")).isDisplayed(), "the no-script links go once all is in");
        assertTrue(driver.getCurrentUrl().startsWith("file:"), "filled in over file://");
        // ...from compressed scripts (UTF-16 with a byte-order mark, inflated by DecompressionStream).
        try {
            byte[] script = java.nio.file.Files.readAllBytes(site.out().resolve("cheatsheets/regions/notes/training.js"));
            assertEquals(0xFF, script[0] & 0xFF);
            assertTrue(new String(script, 2, script.length - 2, java.nio.charset.StandardCharsets.UTF_16LE).startsWith("studysiteRegions("));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // Each place's header is built from its note's region script: note › heading path › label, linked to the place.
        List<WebElement> backs = driver.findElements(By.cssSelector(".cheatsheet-region-head .cheatsheet-place a.cheatsheet-back"));
        assertEquals(taggedLabels(), backs.stream().map(WebElement::getText).toList());
        assertEquals(fileUrl("notes/deploy/endpoints.html") + "#batch-transform", backs.get(1).getAttribute("href"));
        assertEquals(fileUrl("tags/exam-tip.html"), driver.findElement(By.cssSelector(".cheatsheet-region-head a.tag")).getAttribute("href"));
        for (int i = 0; i < bodies.size(); i++) {
            assertFalse(bodies.get(i).getText().isBlank(), "place " + (i + 1));
            for (WebElement withId : bodies.get(i).findElements(By.cssSelector("[id]"))) {
                assertTrue(withId.getAttribute("id").startsWith("r" + (i + 1) + "-"), withId.getAttribute("id"));
            }
        }
        assertEquals(Boolean.TRUE, driver.executeScript(
                "var ids = [].map.call(document.querySelectorAll('[id]'), function (e) { return e.id; });"
                + "return ids.length === new Set(ids).size;"), "ids unique on the sheet");
        // A link inside a region leads to the note page, from this sheet's folder.
        assertEquals(fileUrl("notes/training.html") + "#sagemaker-model-monitor", driver.findElement(
                By.cssSelector(".cheatsheet-body a[href$='training.html#sagemaker-model-monitor']")).getAttribute("href"));

        WebElement button = driver.findElement(By.cssSelector("button.print-button"));
        assertTrue(button.isDisplayed() && button.isEnabled());
        driver.executeScript("window.print = function () { window.__printed = true; };");
        button.click();
        assertEquals(Boolean.TRUE, driver.executeScript("return window.__printed === true"));
        assertEquals(List.of(), Chromium.consoleErrors(driver));

        open("cheatsheets/important.html");
        assertTrue(driver.findElement(By.cssSelector(".cheatsheet-body pre code.hljs")).isDisplayed(), "code highlighted after it came in");
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void printWaitsUntilEveryRegionIsInAndPrintingEarlySaysSoOnPaper() {
        // Hold the region scripts back until the test lets them go, to see the page while they load.
        Map<String, Object> hold = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__held = [];
                var append = Node.prototype.appendChild;
                Node.prototype.appendChild = function (node) {
                  if (node.tagName === 'SCRIPT' && /\\/regions\\//.test(node.src) && !window.__release) {
                    window.__held.push([this, node]);
                    return node;
                  }
                  return append.call(this, node);
                };
                window.__releaseAll = function () {
                  window.__release = true;
                  window.__held.forEach(function (h) { append.call(h[0], h[1]); });
                };
                """));
        try {
            driver.get(fileUrl("cheatsheets/exam-tip.html"));
            WebElement button = driver.findElement(By.cssSelector("button.print-button"));
            WebElement status = driver.findElement(By.cssSelector(".cheatsheet-status"));
            assertTrue(button.isDisplayed());
            assertFalse(button.isEnabled(), "Print waits for the regions");
            assertEquals("Loading 8 regions…", status.getText());
            driver.executeScript("window.dispatchEvent(new Event('beforeprint'))");
            WebElement incomplete = driver.findElement(By.cssSelector(".cheatsheet-incomplete"));
            assertTrue(incomplete.isDisplayed() && incomplete.getText().startsWith("8 of 8 regions had not loaded"), incomplete.getText());

            driver.executeScript("window.__releaseAll()");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> button.isEnabled());
            assertEquals("All 8 regions loaded: ready to print.", status.getText());
            assertFalse(incomplete.isDisplayed(), "the warning goes once all is in");
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", hold.get("identifier")));
        }
    }

    @Test
    void withoutJavaScriptATagSheetLinksToTheTagPageAndToItsNotes() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            driver.get(fileUrl("cheatsheets/exam-tip.html"));
            WebElement noJs = driver.findElement(By.cssSelector(".cheatsheet-nojs"));
            assertTrue(noJs.isDisplayed(), "the stand-in for the script shows");
            assertEquals(List.of(), driver.findElements(By.cssSelector(".cheatsheet-region")), "no places without the script");
            assertFalse(driver.findElement(By.cssSelector("button.print-button")).isDisplayed(), "no dead button");
            List<WebElement> notes = noJs.findElements(By.cssSelector("ul.cheatsheet-notes a"));
            assertTrue(notes.size() > 1 && notes.stream().allMatch(WebElement::isDisplayed), "one link per note");
            noJs.findElement(By.cssSelector("a.cheatsheet-tag-page")).click();
            assertEquals(fileUrl("tags/exam-tip.html"), driver.getCurrentUrl());
            // The tag's page lists every place the sheet would print, each linked.
            assertEquals(taggedLabels(), driver.findElements(By.cssSelector(".tag-entries li > a"))
                    .stream().map(WebElement::getText).toList());
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void aNotePagesCheatSheetModeShowsOnlyItsTaggedRegions() {
        driver.get(fileUrl("notes/ops/monitoring.html"));
        WebElement toggle = driver.findElement(By.cssSelector("#cheatsheet button.cheatsheet-toggle"));
        assertTrue(toggle.isDisplayed());
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        assertTrue(bodyText().contains("Watching a deployed model"), "the whole note at first");

        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertTrue(driver.getCurrentUrl().endsWith("#cheatsheet"), "the mode can be linked to");
        assertShowsOnlyTaggedRegions();
        assertEquals("Cheat sheet: only the tagged regions are shown.",
                driver.findElement(By.cssSelector("#cheatsheet [role=status]")).getAttribute("textContent"));
        assertFalse(driver.findElement(By.cssSelector("nav.toc")).isDisplayed());

        toggle.click();
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        assertTrue(bodyText().contains("Watching a deployed model"), "the whole note again");
        assertFalse(driver.getCurrentUrl().contains("#"));

        open(MODE);
        assertEquals("true", driver.findElement(By.cssSelector("button.cheatsheet-toggle")).getAttribute("aria-pressed"), "opened by link");
        assertShowsOnlyTaggedRegions();
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    private void assertShowsOnlyTaggedRegions() {
        String text = bodyText();
        assertFalse(text.contains("Watching a deployed model"), "untagged intro hidden");
        assertFalse(text.contains("Also in"), "cross-note hints hidden");
        for (String tagged : List.of("Compares captured endpoint traffic", "1. Data Quality", "7.7 SageMaker Model Monitor",
                "Quick recap", "Drift in inputs but no labels yet?", "Nothing is monitored until")) {
            assertTrue(text.contains(tagged), "shows " + tagged + " in:\n" + text);
        }
        assertTrue(text.contains("7 Operations Module"), "the heading above a region, as its context");
        assertTrue(driver.findElement(By.cssSelector("#cheatsheet .print-button")).isDisplayed());
    }

    private String bodyText() {
        return driver.findElement(By.cssSelector(".note-body")).getText();
    }

    @Test
    void inPrintMediaTheModeHidesTheRestAndAPlainNoteStillPrintsWhole() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            open(MODE);
            assertEquals("2", style(".note-body", "columnCount"));
            assertEquals("none", style(".note-body > p:not([class])", "display"), "untagged text not printed");
            assertEquals("block", style(".note-body > p.cs", "display"));
            assertEquals("none", style("#cheatsheet", "display"), "no buttons on paper");
            assertEquals("none", style(".site-header", "display"));
            assertEquals("cheatsheet", style("body", "page"), "the named page with the note's name in its header");

            open("notes/ops/monitoring.html");
            assertEquals("auto", style(".note-body", "columnCount"), "a plain print of the note is the note");
            assertEquals("block", style(".note-body > p:not([class])", "display"));
            assertEquals("auto", style("body", "page"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    private Object style(String css, String property) {
        return driver.executeScript("return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]]", css, property);
    }

    @Test
    void printedToPdfATagSheetHoldsEveryTaggedHeadingOnNumberedA4Pages() throws IOException {
        open("cheatsheets/exam-tip.html");
        byte[] pdf = CheatSheetPdf.printLoaded(driver);
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

    @Test
    void printedToPdfANotesCheatSheetModeHoldsOnlyItsRegionsUnderTheNotesName() throws IOException {
        open(MODE);
        String text = normal(CheatSheetPdf.text(CheatSheetPdf.printLoaded(driver)));
        assertTrue(text.startsWith("monitoring in production"), "the note's name in the page header: " + text);
        assertTrue(text.contains("page 1 1"), text);
        assertTrue(text.contains(normal("Drift in inputs but no labels yet?")), text);
        assertFalse(text.contains(normal("Watching a deployed model")), text);
        assertFalse(text.contains("cheat sheet 4 tagged regions"), "no buttons or bar: " + text);
    }

    /** #important and #core bring code blocks, an image and a three-column table with the whole endpoints note. */
    @ParameterizedTest
    @ValueSource(strings = {"cheatsheets/exam-tip.html", "cheatsheets/important.html", "cheatsheets/core.html", MODE,
            "notes/deploy/endpoints.html#cheatsheet", "notes/training.html#cheatsheet"})
    void inPrintLayoutNothingIsWiderThanItsColumnOrThePage(String sheet) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", A4_CONTENT_PX, "height", 1100, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            open(sheet);
            String columns = sheet.startsWith("cheatsheets/") ? ".cheatsheet-regions" : ".note-body";
            assertEquals("2", style(columns, "columnCount"));
            assertEquals("none", style(".print-button", "display"));
            assertEquals("none", style(".site-header", "display"));
            @SuppressWarnings("unchecked")
            List<String> tooWide = (List<String>) driver.executeScript(OVERFLOW_SCRIPT, columns);
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
     * Every shown element inside the columns: each of its boxes (one per column fragment) fits the column
     * (or, for a spanning wide table, the whole width), and nothing scrolls or clips content inside.
     */
    private static final String OVERFLOW_SCRIPT = """
            const multi = document.querySelector(arguments[0]);
            const style = getComputedStyle(multi);
            const box = multi.getBoundingClientRect();
            const gap = parseFloat(style.columnGap) || 0;
            const column = (box.width - gap) / 2;
            const bad = [];
            for (const e of multi.querySelectorAll('*')) {
              if (e.getClientRects().length === 0) continue;   // not shown (the rest of a note in its cheat-sheet mode)
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
