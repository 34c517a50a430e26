package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * prefers-reduced-motion honoured, and text zoomed to 200% without sideways scrolling (issue 12, WCAG 2.3.3,
 * 1.4.4 and 1.4.10), on every page type from file://.
 */
class MotionAndZoomBrowserTest extends FixtureSiteInChromium {
    /** Elements (and their ::before/::after) that animate, transition or scroll smoothly. */
    private static final String MOVING = """
            var out = [];
            var all = [document.documentElement].concat(Array.prototype.slice.call(document.querySelectorAll('*')));
            all.forEach(function (el) {
              [null, '::before', '::after'].forEach(function (pseudo) {
                var s = getComputedStyle(el, pseudo);
                var moves = (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0)
                    || s.transitionDuration.split(',').some(function (d) { return parseFloat(d) > 0; })
                    || s.scrollBehavior === 'smooth';
                if (moves) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (pseudo || '') + ' animation '
                    + s.animationName + ' ' + s.animationDuration + ', transition ' + s.transitionDuration + ', scroll ' + s.scrollBehavior);
              });
            });
            return out;
            """;

    @AfterEach
    void normalBrowser() {
        PageTypes.reset(driver);
    }

    private static List<Map<String, String>> motion(String value) {
        return List.of(Map.of("name", "prefers-reduced-motion", "value", value));
    }

    @SuppressWarnings("unchecked")
    private List<String> moving() {
        return (List<String>) driver.executeScript(MOVING);
    }

    /** The check sees motion where there is some: a deep link's target flashes for a reader who has not asked otherwise. */
    @Test
    void aDeepLinksTargetFlashesUnlessReducedMotionIsAsked() {
        String target = site.out().resolve("notes/deploy/endpoints.html").toUri() + "#batch-transform";
        PageTypes.emulate(driver, 1280, motion("no-preference"));
        driver.get(target);
        assertTrue(moving().stream().anyMatch(m -> m.contains("#batch-transform animation target-flash")), moving().toString());
        PageTypes.emulate(driver, 1280, motion("reduce"));
        driver.get(target);
        driver.navigate().refresh();
        assertEquals(List.of(), moving());
        assertEquals("rgb(255, 241, 184)", driver.executeScript(
                "return getComputedStyle(document.getElementById('batch-transform')).backgroundColor"), "the target is still marked, without motion");
    }

    @ParameterizedTest
    @EnumSource(PageTypes.class)
    void reducedMotionStopsEveryAnimationTransitionAndSmoothScroll(PageTypes page) {
        page.open(driver, site, "light", 1280);
        PageTypes.emulate(driver, 1280, motion("reduce"));
        assertEquals(List.of(), moving(), page.path);
    }

    /**
     * Browser zoom at 200% on a 1280 px window lays the page out in 640 CSS px (at twice the pixel density);
     * at 400% (WCAG 1.4.10's reflow case) in 320. Nothing may make the page scroll sideways: wide tables and code
     * scroll inside their own boxes.
     */
    @ParameterizedTest
    @EnumSource(PageTypes.class)
    void zoomedTo200And400PercentNothingScrollsSideways(PageTypes page) {
        for (int[] zoom : new int[][] {{640, 2}, {320, 4}}) {
            page.open(driver, site, "light", zoom[0]);
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", zoom[0], "height", 900 / zoom[1], "deviceScaleFactor", zoom[1], "mobile", false));
            Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth");
            Number client = (Number) driver.executeScript("return document.documentElement.clientWidth");
            assertEquals(zoom[0], ((Number) driver.executeScript("return innerWidth")).intValue(),
                    "the layout viewport of " + zoom[1] * 100 + "% zoom (clientWidth leaves out the scroll bar)");
            assertTrue(scroll.intValue() <= client.intValue(), page.path + " at " + zoom[1] * 100 + "% scrolls sideways: "
                    + scroll + " > " + client + "; widest: " + driver.executeScript("""
                        var w = null;
                        document.querySelectorAll('body *').forEach(function (el) {
                          var r = el.getBoundingClientRect();
                          if (r.right > document.documentElement.clientWidth + 1 && (!w || r.right > w.r))
                            w = {r: r.right, el: el.tagName + '.' + el.className};
                        });
                        return w && w.el + ' to ' + Math.round(w.r);
                        """));
        }
    }
}
