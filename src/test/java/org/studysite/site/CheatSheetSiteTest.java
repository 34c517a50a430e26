package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.FilledSheet;
import org.studysite.testing.LinkChecker;
import org.studysite.testing.SiteHarness;

/**
 * Cheat sheets of the fixture site: which regions a tag's sheet lists and fills in from the shared
 * region scripts, what those scripts hold (each printed line of a note once), and the note page's
 * cheat-sheet mode, which replaced the note sheets.
 */
class CheatSheetSiteTest extends FixtureSite {

    /** The tag page lists top-level places with their nested ones inside; the sheet prints the top-level ones. */
    private static List<Element> topLevelEntries(Document tagPage) {
        return tagPage.select("ul.tag-entries > li");
    }

    @Test
    void examTipSheetListsEveryTopLevelPlaceOfTheTagPageInOrderWithPathAndBackLink() {
        Document tagPage = site.page("tags/exam-tip.html");
        Document sheet = site.page("cheatsheets/exam-tip.html");
        Document filled = FilledSheet.of(site, "cheatsheets/exam-tip.html");
        List<Element> entries = topLevelEntries(tagPage);
        List<Element> regions = filled.select(".cheatsheet-region");
        assertEquals(8, entries.size(), "fixture: eight #exam-tip places, none nested");
        assertEquals(entries.size(), regions.size());
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            Element region = regions.get(i);
            // tags/ and cheatsheets/ are equally deep, so a link to the same place is the same string.
            assertEquals(entry.selectFirst("> a").attr("href"), region.selectFirst("a.cheatsheet-back").attr("href"));
            assertEquals(entry.select("> span").text(), region.select(".cheatsheet-place .heading-path").text());
            assertEquals(entry.closest("section").selectFirst("h2").text(), region.selectFirst(".cheatsheet-note").text());
            assertEquals(List.of("#exam-tip"), region.select(".cheatsheet-region-head a.tag").eachText());
            Element body = filled.select(".cheatsheet-region .cheatsheet-body").get(i);
            assertTrue(normal(body.text()).contains(normal(entry.selectFirst("> a").text())),
                    "region " + i + " holds its labelled content: " + body.text());
        }
        assertEquals("#exam-tip cheat sheet", sheet.selectFirst("h1").text());
        assertEquals(1, sheet.select("button.print-button[hidden]").size(), "shown by the script that makes it work");
        assertEquals(1, sheet.select("[role=status][aria-live=polite].cheatsheet-status").size(), "loading is announced politely");
        assertEquals(1, sheet.select("script[src$='assets/cheatsheet.js']").size());
        assertEquals(1, sheet.select("link[href$='assets/cheatsheet.css']").size());
        assertTrue(sheet.selectFirst("head style").data().contains("content: \"#exam-tip\""), "print header names the tag");
    }

    @Test
    void withoutJavaScriptTheSheetLinksToTheTagPageAndItsNotesAndCopiesNoRegion() {
        Document sheet = site.page("cheatsheets/exam-tip.html");
        Element noJs = sheet.selectFirst(".cheatsheet-nojs");
        assertFalse(noJs.hasAttr("hidden"), "shown until the script fills the sheet in");
        assertEquals("../tags/exam-tip.html", noJs.selectFirst("a.cheatsheet-tag-page").attr("href"));
        Document tagPage = site.page("tags/exam-tip.html");
        List<String> notes = tagPage.select("main section > h2").eachText();
        assertEquals(notes, noJs.select("ul.cheatsheet-notes a").eachText(), "one link per note, in the tag page's order");
        assertEquals(noJs.select("ul.cheatsheet-notes a").eachAttr("href").stream().distinct().count(), notes.size());
        assertTrue(sheet.select(".cheatsheet-region, .cheatsheet-body").isEmpty(), "no places or content in the page itself");
        Element regions = sheet.selectFirst(".cheatsheet-regions");
        List<String> scripts = List.of(regions.attr("data-scripts").split(" "));
        for (String script : scripts) {
            assertTrue(Files.isRegularFile(site.out().resolve("cheatsheets").resolve(script).normalize()), script);
        }
        assertEquals(2 * topLevelEntries(tagPage).size(), regions.attr("data-places").split(" ").length, "a (script, region) pair per place");
        assertEquals(List.of(), LinkChecker.brokenLinks(site, "cheatsheets/exam-tip.html", sheet));
    }

    @Test
    void regionContentIsComplete() {
        Document sheet = FilledSheet.of(site, "cheatsheets/exam-tip.html");
        Element table = sheet.selectFirst(".cheatsheet-body table");
        assertEquals(List.of("Scenario", "Solution"), table.select("th").eachText());
        assertEquals(4, table.select("tbody tr").size(), "the whole Q/A table of starts-deep.md:15-20");
        assertFalse(table.parent().hasClass("wide"), "two short columns fit one print column");
        Element batch = sheet.select(".cheatsheet-region").get(1);
        assertEquals("Batch Transform #exam-tip", batch.selectFirst("h3").text());
        assertTrue(batch.text().contains("re-scoring an archive after a model update"), "the section's last paragraph");
        assertFalse(batch.text().contains("Limitations"), "the next section is not part of it");
    }

    @Test
    void nestedPlacesPrintOnceInsideTheirParentAndAreCutOutOfItOnTheirOwnSheet() {
        Document important = FilledSheet.of(site, "cheatsheets/important.html");
        assertEquals(topLevelEntries(site.page("tags/important.html")).size(), important.select(".cheatsheet-region").size());
        assertEquals(1, important.select("h3:contains(Baseline Job)").size(), "Baseline Job is nested in Model Monitor: printed once");
        assertEquals(1, important.select("li:contains(Runs once over the training set)").size());
        // "1. Data Quality" (#exam-tip) sits inside the #important Model Monitor section: its sheet shows it alone.
        Element dataQuality = FilledSheet.of(site, "cheatsheets/exam-tip.html").select(".cheatsheet-body[data-cut=1-data-quality]").first();
        assertEquals("sagemaker-model-monitor", dataQuality.attr("data-top"));
        assertEquals(List.of("p", "ul"), dataQuality.children().stream().map(Element::tagName).toList());
        assertTrue(dataQuality.text().startsWith("1. Data Quality #exam-tip Feature drift"), dataQuality.text());
        assertFalse(dataQuality.text().contains("Baseline"), "not the rest of the section");
    }

    @Test
    void aNotesRegionScriptHoldsEachPrintedLineOnce() {
        Map<String, String> regions = FilledSheet.regions(site.out().resolve("cheatsheets/regions/notes/ops/monitoring.js"));
        assertEquals(List.of("sagemaker-model-monitor", "77-sagemaker-model-monitor", "-exam-tips", "gotchas"), List.copyOf(regions.keySet()),
                "the top regions; Baseline Job and 1. Data Quality are inside the first");
        String all = String.join("", regions.values());
        assertEquals(1, all.split("1\\. Data Quality", -1).length - 1, "a region of two tags is written once");
        assertFalse(all.contains("Watching a deployed model"), "untagged intro is left out");
        assertFalse(all.contains("also-in"), "cross-note hints belong to the note page");
        assertFalse(Files.exists(site.out().resolve("cheatsheets/regions/notes/hostile.js")), "nothing tagged, no script");
    }

    @Test
    void aNotePageMarksWhatItsCheatSheetModeShows() {
        Document page = site.page("notes/ops/monitoring.html");
        Element bar = page.getElementById("cheatsheet");
        assertTrue(bar.hasAttr("hidden"), "the mode needs its script, which shows the bar");
        assertEquals("false", bar.selectFirst("button.cheatsheet-toggle").attr("aria-pressed"));
        assertEquals("4 tagged regions", bar.selectFirst(".cheatsheet-summary").text());
        assertEquals(List.of("sagemaker-model-monitor", "baseline-job", "monitor-types", "77-sagemaker-model-monitor", "-exam-tips", "gotchas"),
                page.select(".note-body > h2.cs, .note-body > h3.cs").eachAttr("id"), "tagged sections with their subsections");
        assertTrue(page.select(".note-body > .cs").stream().noneMatch(e -> e.text().contains("Watching a deployed model")));
        assertEquals(List.of("7-operations-module"), page.select(".note-body > .cs-ctx").eachAttr("id"), "the heading above 7.7");
        assertTrue(page.selectFirst("head style").data().contains("@page cheatsheet { @top-center { content: \"Monitoring in Production\""));
        assertEquals(1, page.select("script[src$='assets/cheatsheet.js']").size());
        Document hostile = site.page("notes/hostile.html");
        assertTrue(hostile.select("#cheatsheet, .cs, script[src$='assets/cheatsheet.js']").isEmpty(), "nothing tagged, no mode");
    }

    @Test
    void aNoteWideTagDoesNotTurnACheatSheetIntoTheWholeNote() {
        Document page = site.page("notes/deploy/endpoints.html");
        assertEquals(List.of("exam-scenario", "batch-transform", "limitations-1"),
                page.select(".note-body > .cs[id]").eachAttr("id"), "the #exam-tip and #gotcha places, not the #core whole note");
        assertTrue(page.select(".note-body > .cs").stream().noneMatch(e -> e.text().contains("Endpoint vs Batch Comparison")));
        // Nor the tag's sheet: a note-wide tag is not the note printed in full (a tag on every note would print the vault).
        Document core = FilledSheet.of(site, "cheatsheets/core.html");
        assertFalse(core.text().contains("Endpoint vs Batch Comparison"), "the #core sheet does not print the whole note");
        Element whole = core.selectFirst("p.cheatsheet-whole");
        assertTrue(whole.text().startsWith("One whole note carries this tag"), whole.text());
        assertEquals("../tags/core.html", whole.selectFirst("a").attr("href"), "the tag page lists the whole notes");
    }

    @Test
    void theIndexLinksNotePagesInCheatSheetModeAndTagPagesLinkTheirSheets() {
        assertEquals("../cheatsheets/exam-tip.html", site.page("tags/exam-tip.html").selectFirst("a.tag-cheatsheet").attr("href"));
        assertEquals("./cheatsheets/index.html", site.page("index.html").selectFirst(".header-links a:contains(Cheat sheets)").attr("href"));
        Document index = site.page("cheatsheets/index.html");
        assertEquals(List.of("#core", "#exam-tip", "#gotcha", "#hands-on", "#important"), index.select(".cheatsheets-index a.tag").eachText());
        assertEquals(List.of("../notes/starts-deep.html#cheatsheet", "../notes/training.html#cheatsheet",
                "../notes/deploy/endpoints.html#cheatsheet", "../notes/ops/monitoring.html#cheatsheet"), index.select(".cheatsheets-notes a").eachAttr("href"));
        assertFalse(Files.exists(site.out().resolve("cheatsheets/notes")), "no copies of notes as sheets");
    }

    @Test
    void filledSheetsHaveUniqueIdsAndOnlyWorkingLinks() {
        for (String page : site.htmlPages().stream().filter(p -> p.startsWith("cheatsheets/")).toList()) {
            Document filled = FilledSheet.of(site, page);
            List<String> ids = filled.select("[id]").eachAttr("id");
            assertEquals(ids.size(), ids.stream().distinct().count(), page + " has duplicate ids: " + ids);
            assertEquals(List.of(), LinkChecker.brokenLinks(site, page, filled));
        }
    }

    @Test
    void linksInARegionPointAtTheNotePageFromAnySheetAndIdsArePrefixedPerPlace(@TempDir Path dir) {
        Path vault = SiteHarness.writeVault(dir.resolve("vault"), """
                -- a.md --
                # A

                ## First `#exam-tip` `#aws/glue`
                See [second](#second), <a href="#second">raw</a> and [b](b.md#bee). <span id="mine">x</span> ![pic](img/p.png)

                ## Second `#exam-tip`
                | One | Two | Three | Four |
                |---|---|---|---|
                | 1 | 2 | 3 | 4 |
                -- b.md --
                # B
                ## Bee
                Text.
                -- img/p.png --
                not really a png
                """);
        SiteHarness built = SiteHarness.build(vault, dir.resolve("out"));
        Document sheet = FilledSheet.of(built, "cheatsheets/exam-tip.html");
        List<Element> regions = sheet.select(".cheatsheet-region");
        assertEquals(2, regions.size());
        assertEquals(List.of("../notes/a.html#second", "../notes/a.html#second", "../notes/b.html#bee"),
                regions.get(0).select(".cheatsheet-body a:not(.tag)").eachAttr("href"));
        assertEquals(List.of("r1-first", "r1-mine"), regions.get(0).select(".cheatsheet-body [id]").eachAttr("id"));
        assertEquals(List.of("r2-second"), regions.get(1).select(".cheatsheet-body h2[id]").eachAttr("id"));
        assertTrue(regions.get(1).selectFirst(".table-wrap").hasClass("wide"), "four columns span both print columns");
        // A tag with a folder in its name has its sheet a folder deeper: the same region, links still right.
        Document glue = FilledSheet.of(built, "cheatsheets/aws/glue.html");
        assertEquals(List.of("../../notes/a.html#second", "../../notes/a.html#second", "../../notes/b.html#bee"),
                glue.select(".cheatsheet-body a:not(.tag)").eachAttr("href"));
        assertEquals("../../files/img/p.png", glue.selectFirst(".cheatsheet-body img").attr("src"));
        assertEquals(List.of(), LinkChecker.brokenLinks(built, "cheatsheets/aws/glue.html", glue));
        assertEquals(List.of(), LinkChecker.brokenLinks(built, "cheatsheets/exam-tip.html", sheet));
        assertEquals(List.of(), LinkChecker.brokenLinks(built));
    }

    private static String normal(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Test
    void theHomeNotesTaggedRegionsPrintOnTheSheetToo(@TempDir Path dir) {
        Path vault = SiteHarness.writeVault(dir.resolve("vault"), """
                -- index.md --
                # Study Notes

                ## How to Revise #exam-tip

                Read the question twice.
                -- a.md --
                # A

                ## Endpoints #exam-tip

                Real-time means someone waits.
                """);
        SiteHarness home = SiteHarness.build(vault, dir.resolve("site"));
        assertTrue(Files.isRegularFile(home.out().resolve("cheatsheets/regions/index.js")),
                "index.md has no note page, but its regions script is written for the sheets");
        Document sheet = FilledSheet.of(home, "cheatsheets/exam-tip.html");
        assertEquals(List.of("Endpoints", "How to Revise"), sheet.select(".cheatsheet-region a.cheatsheet-back").eachText());
        assertTrue(sheet.select(".cheatsheet-body").text().contains("Read the question twice."));
    }
}
