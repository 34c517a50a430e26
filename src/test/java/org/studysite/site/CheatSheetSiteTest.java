package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.LinkChecker;
import org.studysite.testing.SiteHarness;

/** Cheat sheets of the fixture site: which regions print, where they come from, and that they link back. */
class CheatSheetSiteTest extends FixtureSite {

    /** The tag page lists top-level places with their nested ones inside; the sheet prints the top-level ones. */
    private static List<Element> topLevelEntries(Document tagPage) {
        return tagPage.select("ul.tag-entries > li.tag-entry");
    }

    @Test
    void examTipSheetPrintsEveryTopLevelPlaceOfTheTagPageInOrderWithPathAndBackLink() {
        Document tagPage = site.page("tags/exam-tip.html");
        Document sheet = site.page("cheatsheets/exam-tip.html");
        List<Element> entries = topLevelEntries(tagPage);
        List<Element> regions = sheet.select(".cheatsheet-region");
        assertEquals(8, entries.size(), "fixture: eight #exam-tip places, none nested");
        assertEquals(entries.size(), regions.size());
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            Element region = regions.get(i);
            // tags/ and cheatsheets/ are equally deep, so a link to the same place is the same string.
            assertEquals(entry.selectFirst("> a.tag-entry-link").attr("href"), region.selectFirst("a.cheatsheet-back").attr("href"));
            assertEquals(entry.select("> .heading-path").text(), region.select(".cheatsheet-place .heading-path").text());
            assertEquals(entry.closest(".tag-group").selectFirst("h2").text(), region.selectFirst(".cheatsheet-note").text());
            assertEquals(List.of("#exam-tip"), region.select(".cheatsheet-region-head a.tag").eachText());
            assertTrue(normal(region.selectFirst(".cheatsheet-body").text()).contains(normal(entry.selectFirst("> a.tag-entry-link").text())),
                    "region " + i + " holds its labelled content: " + region.text());
        }
        assertEquals("#exam-tip cheat sheet", sheet.selectFirst("h1").text());
        assertEquals(1, sheet.select("button.print-button").size());
        assertEquals(1, sheet.select("script[src$='assets/cheatsheet.js']").size());
        assertEquals(1, sheet.select("link[href$='assets/cheatsheet.css']").size());
        assertTrue(sheet.selectFirst("head style").data().contains("content: \"#exam-tip\""), "print header names the tag");
    }

    @Test
    void regionContentIsComplete() {
        Element table = site.page("cheatsheets/exam-tip.html").selectFirst(".cheatsheet-body table");
        assertEquals(List.of("Scenario", "Solution"), table.select("th").eachText());
        assertEquals(4, table.select("tbody tr").size(), "the whole Q/A table of starts-deep.md:15-20");
        assertFalse(table.parent().hasClass("wide"), "two short columns fit one print column");
        Element batch = site.page("cheatsheets/exam-tip.html").select(".cheatsheet-region").get(1);
        assertEquals("Batch Transform #exam-tip", batch.selectFirst("h3").text());
        assertTrue(batch.text().contains("re-scoring an archive after a model update"), "the section's last paragraph");
        assertFalse(batch.text().contains("Limitations"), "the next section is not part of it");
    }

    @Test
    void nestedPlacesPrintOnceInsideTheirParent() {
        Document sheet = site.page("cheatsheets/important.html");
        assertEquals(topLevelEntries(site.page("tags/important.html")).size(), sheet.select(".cheatsheet-region").size());
        assertEquals(1, sheet.select("h3:contains(Baseline Job)").size(), "Baseline Job is nested in Model Monitor: printed once");
        assertEquals(1, sheet.select("li:contains(Runs once over the training set)").size());
    }

    @Test
    void noteSheetPrintsEachTaggedLineOnceWithAllItsTags() {
        Document sheet = site.page("cheatsheets/notes/ops/monitoring.html");
        List<Element> regions = sheet.select(".cheatsheet-region");
        assertEquals(List.of("../../../notes/ops/monitoring.html#sagemaker-model-monitor",
                "../../../notes/ops/monitoring.html#77-sagemaker-model-monitor",
                "../../../notes/ops/monitoring.html#-exam-tips", "../../../notes/ops/monitoring.html#gotchas"),
                regions.stream().map(r -> r.selectFirst("a.cheatsheet-back").attr("href")).toList());
        assertEquals(List.of("#exam-tip", "#important"), regions.get(0).select(".cheatsheet-region-head a.tag").eachText(),
                "the Model Monitor section holds an #exam-tip block");
        assertEquals(1, sheet.select("p:contains(1. Data Quality)").size(), "the nested block prints once");
        assertFalse(sheet.text().contains("Watching a deployed model"), "untagged intro is left out");
        assertEquals("Monitoring in Production cheat sheet", sheet.selectFirst("h1").text());
    }

    @Test
    void aNoteWideTagDoesNotTurnTheNoteSheetIntoTheWholeNote() {
        Document sheet = site.page("cheatsheets/notes/deploy/endpoints.html");
        assertEquals(List.of("../../../notes/deploy/endpoints.html#exam-scenario",
                "../../../notes/deploy/endpoints.html#batch-transform", "../../../notes/deploy/endpoints.html#limitations-1"),
                sheet.select("a.cheatsheet-back").eachAttr("href"), "the #exam-tip and #gotcha places, not the #core whole note");
        assertFalse(sheet.text().contains("Endpoint vs Batch Comparison"), "untagged sections are left out");
        // Nor the tag's sheet: a note-wide tag is not the note printed in full (a tag on every note would print the vault).
        Document core = site.page("cheatsheets/core.html");
        assertFalse(core.text().contains("Endpoint vs Batch Comparison"), "the #core sheet does not print the whole note");
        Element whole = core.selectFirst("p.cheatsheet-whole");
        assertTrue(whole.text().startsWith("One whole note carries this tag"), whole.text());
        assertEquals("../tags/core.html", whole.selectFirst("a").attr("href"), "the tag page lists the whole notes");
    }

    @Test
    void notePagesAndTagPagesLinkToTheirSheets() {
        assertEquals("../../cheatsheets/notes/ops/monitoring.html",
                site.page("notes/ops/monitoring.html").selectFirst(".note-header .note-cheatsheet a").attr("href"));
        assertTrue(site.page("notes/hostile.html").select(".note-cheatsheet").isEmpty(), "nothing tagged, no sheet");
        assertEquals("../cheatsheets/exam-tip.html", site.page("tags/exam-tip.html").selectFirst("a.tag-cheatsheet").attr("href"));
        assertEquals("./cheatsheets/index.html", site.page("index.html").selectFirst(".header-links a:contains(Cheat sheets)").attr("href"));
        Document index = site.page("cheatsheets/index.html");
        assertEquals(List.of("#core", "#exam-tip", "#gotcha", "#hands-on", "#important"), index.select(".cheatsheets-index a.tag").eachText());
        assertEquals(4, index.select(".cheatsheets-notes a").size());
    }

    @Test
    void sheetsHaveUniqueIdsAndOnlyWorkingLinks() {
        for (String page : site.htmlPages().stream().filter(p -> p.startsWith("cheatsheets/")).toList()) {
            List<String> ids = site.page(page).select("[id]").eachAttr("id");
            assertEquals(ids.size(), ids.stream().distinct().count(), page + " has duplicate ids: " + ids);
        }
        assertEquals(List.of(), LinkChecker.brokenLinks(site).stream().filter(l -> l.startsWith("cheatsheets/")).toList());
    }

    @Test
    void linksInARegionPointAtTheNotePageAndIdsArePrefixedPerRegion(@TempDir Path dir) {
        Path vault = SiteHarness.writeVault(dir.resolve("vault"), """
                -- a.md --
                # A

                ## First `#exam-tip`
                See [second](#second), <a href="#second">raw</a> and [b](b.md#bee). <span id="mine">x</span>

                ## Second `#exam-tip`
                | One | Two | Three | Four |
                |---|---|---|---|
                | 1 | 2 | 3 | 4 |
                -- b.md --
                # B
                ## Bee
                Text.
                """);
        SiteHarness built = SiteHarness.build(vault, dir.resolve("out"));
        Document sheet = built.page("cheatsheets/exam-tip.html");
        List<Element> regions = sheet.select(".cheatsheet-region");
        assertEquals(2, regions.size());
        assertEquals(List.of("../notes/a.html#second", "../notes/a.html#second", "../notes/b.html#bee"),
                regions.get(0).select(".cheatsheet-body a:not(.tag)").eachAttr("href"));
        assertEquals(List.of("r1-first", "r1-mine"), regions.get(0).select(".cheatsheet-body [id]").eachAttr("id"));
        assertEquals(List.of("r2-second"), regions.get(1).select(".cheatsheet-body h2[id]").eachAttr("id"));
        assertTrue(regions.get(1).selectFirst(".table-wrap").hasClass("wide"), "four columns span both print columns");
        assertEquals(List.of(), LinkChecker.brokenLinks(built));
    }

    private static String normal(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
