package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.SitePath;
import org.studysite.render.view.RegionHtml;
import org.studysite.testing.Notes;

/**
 * A note's cheat-sheet regions from one parse: the blocks of each top region marked on the note's page
 * (what its cheat-sheet mode shows), and each top region's HTML for the shared region script, with the
 * regions nested in it marked so a sheet can cut one out.
 */
class CheatSheetRegionsTest {
    private static final String NOTE = """
            # A

            Intro, untagged.

            ## Setup `#exam-tip`
            Setup text.

            **Watch out** `#gotcha`
            - first
            - second

            ### Deeper
            Deeper text.

            ## Untagged
            Plain.

            - one
            - two `#important`
            - three

            ---

            ## Limits `#gotcha`
            Limit text, see [Untagged](#untagged) and [b](b.md).

            ---

            ## After
            The end.
            """;
    private final NoteHtmlRenderer renderer = new NoteHtmlRenderer(Notes.dialect());
    private final Library library = Notes.library("a.md", NOTE, "b.md", "# B\n").value();
    private final Note note = library.note(new NoteId("a"));
    private final RegionLayout layout = RegionLayout.of(library, note.id());

    @Test
    void layoutFoldsNestedRegionsIntoTheirTopRegion() {
        assertEquals(List.of("setup", "two", "limits"), layout.tops().stream().map(t -> t.key()).toList());
        assertEquals(List.of("watch-out"), layout.nested().stream().map(n -> n.key()).toList());
        assertEquals("setup", layout.topOf().get("watch-out"));
        assertEquals("limits", layout.topOf().get("limits"));
        assertEquals(java.util.Set.of(15), layout.contextHeadings(), "the list item's section heading (Untagged, line 15), not the title");
    }

    @Test
    void thePageMarksWhatItsCheatSheetModeShows() {
        Document page = Jsoup.parseBodyFragment(renderer.renderPage(library, note, layout, Map.of()));
        Element body = page.body();
        assertEquals(List.of("h2", "p", "p", "ul", "h3", "p"), body.select("> .cs").stream().takeWhile(e -> !e.id().equals("limits"))
                .map(Element::tagName).toList(), "the whole Setup section, block by block");
        assertEquals("untagged", body.selectFirst("> .cs-ctx").id(), "the heading above the tagged list item");
        Element list = body.selectFirst("> ul.cs-part");
        assertEquals(List.of("two #important"), list.select("> li.cs").eachText(), "only the tagged item of the list");
        assertEquals(2, list.select("> li:not(.cs)").size());
        assertFalse(body.selectFirst("> p:contains(Intro)").hasAttr("class"), "untagged text is not marked");
        assertFalse(body.select("> hr").stream().anyMatch(hr -> hr.hasClass("cs")), "a --- ending a region is not part of it");
        assertEquals(List.of(), body.select("[data-in], [data-part]").eachAttr("data-in"), "sheet marks are for sheets only");
    }

    @Test
    void eachTopRegionRendersFromOneParseWithNestedRegionsMarked() {
        List<RegionHtml> regions = renderer.renderRegions(library, note, layout, new SitePath("index.html"), Map.of());
        assertEquals(List.of("setup", "two", "limits"), regions.stream().map(RegionHtml::key).toList());
        Document setup = Jsoup.parseBodyFragment(regions.get(0).html());
        assertEquals("Setup #exam-tip", setup.selectFirst("h2#setup").text());
        assertTrue(setup.text().contains("Deeper text."), "the section's subsections");
        assertFalse(setup.text().contains("Plain."), "not the next section");
        assertEquals(List.of("watch-out", "watch-out"), setup.select("[data-in]").eachAttr("data-in"),
                "the nested #gotcha block: its paragraph and the list that belongs to it");
        Document two = Jsoup.parseBodyFragment(regions.get(1).html());
        assertEquals(List.of("two #important"), two.select("li").eachText(), "a list cut down to the tagged item");
        Document limits = Jsoup.parseBodyFragment(regions.get(2).html());
        assertEquals(List.of("notes/a.html#untagged", "notes/b.html"), limits.select("a:not(.tag)").eachAttr("href"),
                "links from the site root; same-note anchors lead to the note's page");
        assertTrue(limits.select("hr").isEmpty(), "the closing --- is left out");
        assertTrue(limits.select(".also-in").isEmpty());
    }

    @Test
    void textAndRawHtmlWithoutAnElementGetOneToCarryTheirMarksThroughTheSanitiser() {
        Library raw = Notes.library("r.md", """
                # R

                - Outer item text
                  - nested `#tip`
                  - other

                ## Raw `#tip`
                <details><summary>Q</summary>A</details>

                **Key** `#important`
                Kept.
                """).value();
        Note note = raw.note(new NoteId("r"));
        RegionLayout regions = RegionLayout.of(raw, note.id());
        Element page = Jsoup.parseBodyFragment(renderer.renderPage(raw, note, regions, Map.of())).body();
        Element outer = page.selectFirst("> ul.cs-part > li.cs-part");
        assertEquals("Outer item text", outer.selectFirst("> span:not([class])").text(), "a tight item's text, hidden in the mode");
        assertEquals(List.of("nested #tip"), outer.select("> ul.cs-part > li.cs").eachText());
        assertEquals("Q", page.selectFirst("> div.cs > details > summary").text(), "raw HTML in a region, boxed to be shown");
        List<RegionHtml> html = renderer.renderRegions(raw, note, regions, new SitePath("index.html"), Map.of());
        Element section = Jsoup.parseBodyFragment(html.get(1).html()).body();
        assertEquals(List.of("key"), section.select("p[data-in]").eachAttr("data-in"), "nested region marks survive the sanitiser");
        assertTrue(section.select("script, [onclick]").isEmpty());
    }
}
