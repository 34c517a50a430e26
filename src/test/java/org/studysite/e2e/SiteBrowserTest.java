package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader clicking through the fixture site in real headless Chromium, from disk and from a sub-path. */
class SiteBrowserTest extends FixtureSiteInChromium {
    private String fileUrl(String page) {
        return site.out().resolve(page).toUri().toString();
    }

    private void click(String css) {
        WebElement link = driver.findElement(By.cssSelector(css));
        driver.executeScript("arguments[0].scrollIntoView({block:'center'})", link);
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    private String here() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf("/site/") + "/site/".length());
    }

    @Test
    void readerFollowsNoteCrossNoteTocTagAndBacklinkLinksFromDisk() {
        List<String> errors = new ArrayList<>();
        driver.get(fileUrl("index.html"));
        errors.addAll(Chromium.consoleErrors(driver));

        click(".note-card-title[href$='deploy/endpoints.html']");
        assertEquals("notes/deploy/endpoints.html", here());
        assertEquals("Model Endpoints", driver.findElement(By.cssSelector("h1.note-title")).getText());
        errors.addAll(Chromium.consoleErrors(driver));

        click(".note-body a[href$='ops/monitoring.html#sagemaker-model-monitor']");
        assertEquals("notes/ops/monitoring.html#sagemaker-model-monitor", here());
        assertTrue(isInViewport("sagemaker-model-monitor"), "the cross-note link lands on its heading");
        errors.addAll(Chromium.consoleErrors(driver));

        click("nav.toc a[href='#gotchas']");
        assertEquals("notes/ops/monitoring.html#gotchas", here());
        assertTrue(isInViewport("gotchas"), "TOC link scrolls to its heading");

        click(".note-header a.tag[href$='tags/important.html']");
        assertEquals("tags/important.html", here());
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("#important"));
        errors.addAll(Chromium.consoleErrors(driver));

        click(".tag-entries li > a[href$='#baseline-job']");
        assertEquals("notes/ops/monitoring.html#baseline-job", here());
        click(".backlinks a[href*='endpoints.html']");
        assertTrue(here().startsWith("notes/deploy/endpoints.html#"), here());
        String anchor = here().substring(here().indexOf('#') + 1);
        assertTrue(isInViewport(anchor), "backlink lands on the linking section " + anchor);
        errors.addAll(Chromium.consoleErrors(driver));
        assertEquals(List.of(), errors);
    }

    @Test
    void noHorizontalOverflowOnPhoneAndDesktop() {
        List<String> overflowing = new ArrayList<>();
        for (int width : new int[] {390, 1280}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String page : site.htmlPages()) {
                driver.get(fileUrl(page));
                Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth");
                Number client = (Number) driver.executeScript("return document.documentElement.clientWidth");
                if (scroll.intValue() > client.intValue()) overflowing.add(width + "px " + page + ": " + scroll + " > " + client);
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
        assertEquals(List.of(), overflowing);
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void phoneDrawerWideStickyTocAndPrintWithoutNavigation() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(fileUrl("notes/ops/monitoring.html"));
        WebElement nav = driver.findElement(By.id("site-nav"));
        assertTrue(!nav.isDisplayed(), "on a phone the navigation starts hidden");
        click(".nav-toggle");
        assertTrue(nav.isDisplayed(), "the menu button opens it");
        assertEquals("true", driver.findElement(By.cssSelector(".nav-toggle")).getAttribute("aria-expanded"));
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        assertTrue(!nav.isDisplayed(), "Escape closes it");

        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(fileUrl("notes/ops/monitoring.html"));
        assertTrue(driver.findElement(By.id("site-nav")).isDisplayed(), "on a wide screen the navigation is always shown");
        assertEquals("sticky", driver.executeScript("return getComputedStyle(document.querySelector('nav.toc')).position"));

        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            for (String hidden : new String[] {"#site-nav", "nav.toc", ".site-header", ".prev-next"}) {
                assertEquals("none", driver.executeScript("return getComputedStyle(document.querySelector(arguments[0])).display", hidden), hidden);
            }
            Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth");
            Number client = (Number) driver.executeScript("return document.documentElement.clientWidth");
            assertTrue(scroll.intValue() <= client.intValue(), "nothing cut off in print: " + scroll + " > " + client);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    @Test
    void worksFromASubPathOfAStaticHost() throws IOException {
        HttpServer server = StaticServer.serve(site.out(), "/course/ml/");
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/course/ml/";
            driver.get(base + "index.html");
            click(".note-card-title[href$='guide.html']");
            assertEquals(base + "notes/guide.html", driver.getCurrentUrl());
            click(".note-body a[href*='endpoints.html']");
            assertTrue(driver.getCurrentUrl().startsWith(base + "notes/deploy/endpoints.html"));
            String css = (String) driver.executeScript("return getComputedStyle(document.body).fontFamily");
            assertTrue(!css.isEmpty());
            assertEquals(List.of(), Chromium.consoleErrors(driver), "no failed loads under a sub-path");
        } finally {
            server.stop(0);
        }
    }

    private boolean isInViewport(String id) {
        return (Boolean) driver.executeScript(
                "const e = document.getElementById(arguments[0]); if (!e) return false;"
                        + "const r = e.getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight;", id);
    }
}
