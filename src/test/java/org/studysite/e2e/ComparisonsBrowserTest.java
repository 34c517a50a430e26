package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Sorting, filtering and sticky header rows of tables in headless Chromium, from disk. */
class ComparisonsBrowserTest extends FixtureSiteInChromium {
    private static final String SIZES = "#training--table-instance-sizes-vs-cost table";

    @BeforeEach
    void desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    private void open(String page) {
        driver.get(site.out().resolve(page).toUri().toString());
    }

    @SuppressWarnings("unchecked")
    private List<String> column(String table, int index) {
        return (List<String>) driver.executeScript("return Array.from(document.querySelector(arguments[0]).tBodies[0].rows)"
                + ".map(r => r.cells[arguments[1]].textContent.trim())", table, index);
    }

    private WebElement header(String table, String text) {
        return driver.findElement(By.cssSelector(table)).findElements(By.cssSelector("thead th")).stream()
                .filter(th -> th.getText().trim().equals(text)).findFirst().orElseThrow();
    }

    private void sortBy(String table, String text) {
        WebElement button = header(table, text).findElement(By.cssSelector("button.sort-button"));
        driver.executeScript("arguments[0].scrollIntoView({block:'center'})", button);
        button.click();
    }

    @Test
    void headerClickSortsNumbersAsNumbersAndTogglesDescending() {
        open("comparisons.html");
        sortBy(SIZES, "Memory");
        assertEquals(List.of("4 GB", "4 GB", "8 GB", "16 GB", "16 GB", "16 GB", "32 GB"), column(SIZES, 1));
        // Ties keep the note's order: the sort is stable.
        assertEquals(List.of("ml.t3.medium", "ml.c5.large", "ml.m5.large", "ml.m5.xlarge", "ml.g5.xlarge", "ml.r5.large",
                "ml.inf2.xlarge"), column(SIZES, 0));
        assertEquals("ascending", header(SIZES, "Memory").getAttribute("aria-sort"));

        sortBy(SIZES, "Memory");
        assertEquals(List.of("32 GB", "16 GB", "16 GB", "16 GB", "8 GB", "4 GB", "4 GB"), column(SIZES, 1));
        assertEquals("ml.inf2.xlarge", column(SIZES, 0).get(0));
        assertEquals("descending", header(SIZES, "Memory").getAttribute("aria-sort"));

        sortBy(SIZES, "Cold start");
        assertEquals(List.of("45 s", "60 s", "75 s", "90 s", "2 min", "3 min", "5 min"), column(SIZES, 3));
        assertEquals(null, header(SIZES, "Memory").getAttribute("aria-sort"), "only the sorted column says so");

        WebElement price = header(SIZES, "Price per hour").findElement(By.tagName("button"));
        price.sendKeys(Keys.ENTER);
        assertEquals(List.of("$0.05", "$0.10", "$0.12", "$0.15", "$0.23", "$0.76", "$1.41"), column(SIZES, 2));
        price.sendKeys(Keys.SPACE);
        assertEquals("$1.41", column(SIZES, 2).get(0), "Space toggles to descending");

        sortBy(SIZES, "Instance");
        assertEquals("ml.c5.large", column(SIZES, 0).get(0), "text sorts alphabetically");
    }

    @SuppressWarnings("unchecked")
    private List<String> visible() {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('article.comparison'))"
                + ".filter(a => a.offsetParent !== null).map(a => a.id)");
    }

    @Test
    void filterByWordsTagAndNote() {
        open("comparisons.html");
        WebElement filter = driver.findElement(By.id("comparison-filter"));
        WebElement count = driver.findElement(By.id("comparison-count"));
        assertTrue(filter.isDisplayed(), "the filter shows once the script runs");
        assertEquals(4, visible().size());
        assertEquals("4 of 4 tables", count.getText());

        filter.sendKeys("batch");
        assertEquals(List.of("deploy-endpoints--table-endpoint-vs-batch-comparison"), visible());
        assertEquals("1 of 4 tables", count.getText());
        assertTrue(!driver.findElement(By.id("other-tables")).isDisplayed(), "a group with nothing left hides");

        filter.clear();
        filter.sendKeys("glue findmatches");
        assertEquals(List.of("starts-deep--table-scenarios"), visible(), "cells match, all words");

        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        Select tag = new Select(driver.findElement(By.id("comparison-tag")));
        tag.selectByValue("hands-on");
        assertEquals(List.of("training--table-hyperparameter-tuning", "training--table-instance-sizes-vs-cost"), visible());
        filter.sendKeys("cold start");
        assertEquals(List.of("training--table-instance-sizes-vs-cost"), visible());
        tag.selectByValue("exam-tip");
        assertEquals(List.of(), visible());
        assertEquals("0 of 4 tables", count.getText());

        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        tag.selectByValue("");
        new Select(driver.findElement(By.id("comparison-note"))).selectByValue("deploy/endpoints");
        assertEquals(List.of("deploy-endpoints--table-endpoint-vs-batch-comparison"), visible());
    }

    /** Distance between the top of the header row and the bottom of whatever it should stick under. */
    private double stuckOffset(String table, String under) {
        return ((Number) driver.executeScript("const th = document.querySelector(arguments[0]).tHead.rows[0].cells[0];"
                + "return th.getBoundingClientRect().top - document.querySelector(arguments[1]).getBoundingClientRect().bottom;",
                table, under)).doubleValue();
    }

    /**
     * Scrolls the page so the table's top edge is {@code past} pixels above the bottom of {@code under}.
     * Twice: a sticky {@code under} only reaches its stuck place after the first scroll.
     */
    private void scrollPast(String table, String under, int past) {
        for (int i = 0; i < 2; i++) scrollOnce(table, under, past);
    }

    private void scrollOnce(String table, String under, int past) {
        driver.executeScript("const t = document.querySelector(arguments[0]);"
                + "const line = document.querySelector(arguments[1]).getBoundingClientRect().bottom;"
                + "window.scrollTo(0, t.getBoundingClientRect().top + window.scrollY - line + arguments[2]);", table, under, past);
    }

    private boolean headerIsOnTop(String table) {
        return (Boolean) driver.executeScript("const th = document.querySelector(arguments[0]).tHead.rows[0].cells[0];"
                + "const r = th.getBoundingClientRect();"
                + "return th.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));", table);
    }

    @Test
    void headerRowStaysInViewWhileALongTableScrolls() {
        driver.manage().window().setSize(new Dimension(1280, 420));
        open("notes/training.html");
        String table = "#table-instance-sizes-vs-cost";
        scrollPast(table, ".site-header", 60);
        assertTrue(Math.abs(stuckOffset(table, ".site-header")) <= 2, "under the page header: " + stuckOffset(table, ".site-header"));
        assertTrue(headerIsOnTop(table), "the header row is visible, not covered by rows");
        assertTrue(((Number) driver.executeScript("return document.querySelector(arguments[0]).getBoundingClientRect().top", table))
                .doubleValue() < 0, "the table's own top has scrolled out of view");

        open("comparisons.html");
        scrollPast(SIZES, ".comparison-filters", 60);
        assertTrue(Math.abs(stuckOffset(SIZES, ".comparison-filters")) <= 2,
                "under the sticky filter bar: " + stuckOffset(SIZES, ".comparison-filters"));
        assertTrue(headerIsOnTop(SIZES));
    }

    @Test
    void wideTableScrollsInItsBoxWithItsHeaderStuckToTheBox() {
        driver.manage().window().setSize(new Dimension(360, 420));
        open("notes/training.html");
        String table = "#table-instance-sizes-vs-cost";
        driver.executeScript("document.querySelector(arguments[0]).style.minWidth = '900px';"
                + "window.dispatchEvent(new Event('resize'));", table);
        driver.executeScript("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        assertEquals(Boolean.FALSE, driver.executeScript(
                "return document.querySelector(arguments[0]).parentElement.classList.contains('fits')", table));
        driver.executeScript("const wrap = document.querySelector(arguments[0]).parentElement;"
                + "wrap.scrollIntoView(); window.scrollBy(0, -60); wrap.scrollTop = 80;", table);
        double offset = ((Number) driver.executeScript("const t = document.querySelector(arguments[0]);"
                + "return t.tHead.rows[0].cells[0].getBoundingClientRect().top - t.parentElement.getBoundingClientRect().top;",
                table)).doubleValue();
        assertTrue(Math.abs(offset) <= 2, "header at the top of its scroll box: " + offset);
        assertTrue(headerIsOnTop(table));
    }

    @Test
    void noteTablesSortToo() {
        open("notes/training.html");
        String table = "#table-instance-sizes-vs-cost";
        sortBy(table, "Memory");
        assertEquals(List.of("4 GB", "4 GB", "8 GB", "16 GB", "16 GB", "16 GB", "32 GB"), column(table, 1));
        sortBy(table, "Memory");
        assertEquals("32 GB", column(table, 1).get(0));
        open("notes/deploy/endpoints.html");
        String comparison = "#table-endpoint-vs-batch-comparison";
        sortBy(comparison, "Factor");
        assertEquals(List.of("Caller waits", "Idle cost", "Key setting"), column(comparison, 0));
        sortBy(comparison, "Factor");
        assertEquals(List.of("Key setting", "Idle cost", "Caller waits"), column(comparison, 0));
    }
}
