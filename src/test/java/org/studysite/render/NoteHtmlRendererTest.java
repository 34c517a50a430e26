package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.studysite.model.Library;
import org.studysite.model.NoteId;
import org.studysite.testing.Notes;

class NoteHtmlRendererTest {
    private final NoteHtmlRenderer renderer = new NoteHtmlRenderer(Notes.dialect());

    private Document render(String noteId, String... vault) {
        Library lib = Notes.library(vault).value();
        String html = renderer.render(lib, lib.note(new NoteId(noteId)), java.util.Map.of());
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void tagsBecomeLinksToTagPagesNeverCode() {
        Document html = render("aws/a", "aws/a.md", "# A\n## Batch `#exam-tip`\nSee #gotcha here.\n\n```\n# `#core` in code\n```\n");
        assertEquals("../../tags/exam-tip.html", html.selectFirst("h2#batch a.tag").attr("href"));
        assertEquals("Batch", html.selectFirst("h2#batch").ownText().strip());
        assertEquals("#gotcha", html.selectFirst("p a.tag").text());
        assertTrue(html.select("code").stream().noneMatch(c -> c.text().equals("#exam-tip")));
        assertTrue(html.selectFirst("pre code").text().contains("`#core`"), "code keeps its text");
    }

    @Test
    void linksPointAtGeneratedPagesAndMissingOnesAreMarkedText() {
        Document html = render("a", "a.md", "# A\n[b](b.md#two) [[b#Two|wiki]] [gone](nope.md) [[Nobody]] [web](https://example.org)\n",
                "b.md", "# B\n## Two\n");
        // Both pages are in notes/: the link goes no higher than the folder they share.
        assertEquals("b.html#two", html.select("a").get(0).attr("href"));
        assertEquals("b.html#two", html.selectFirst("a:contains(wiki)").attr("href"));
        assertEquals("gone", html.selectFirst("span.missing-link:contains(gone)").text());
        assertEquals(1, html.select("span.missing-link:contains(Nobody)").size());
        assertTrue(html.select("a:contains(gone)").isEmpty(), "no dead <a> for a missing note");
        assertEquals("https://example.org", html.selectFirst("a.external").attr("href"));
    }

    @Test
    void imagesAreCopiedOrShownAsPlaceholders() {
        Document html = render("n/a", "n/a.md", "# A\n![Diagram](../img/d.svg) ![Lost chart](lost.png)\n", "img/d.svg", "");
        assertEquals("../../files/img/d.svg", html.selectFirst("img").attr("src"));
        assertEquals("Lost chart", html.selectFirst("span.missing-image").text());
    }

    @Test
    void hostileHtmlIsRemovedSafeHtmlKept() {
        Document html = render("h", "h.md", """
                # H
                <script>alert(1)</script>

                <img src="https://example.org/x.png" onerror="alert(2)">

                <a href="javascript:alert(3)">click</a> <div onclick="alert(4)">div</div>

                <details><summary>Show</summary>hidden</details> <kbd>Esc</kbd> x<sup>2</sup> H<sub>2</sub>O
                """);
        String out = html.body().html();
        assertTrue(html.select("script").isEmpty());
        assertFalse(out.contains("alert(1)"), out);
        assertTrue(html.select("[onerror], [onclick]").isEmpty(), out);
        assertTrue(html.select("a[href^=javascript]").isEmpty(), out);
        assertEquals(1, html.select("details > summary").size());
        assertEquals("Esc", html.selectFirst("kbd").text());
        assertEquals("2", html.selectFirst("sup").text());
    }

    @Test
    void taggedBlocksGetAnchorsAndSameTopicsGetAlsoIn() {
        Document html = render("a", "a.md", "# A\nIntro.\n## Model Monitor\n**Exam Scenario:** `#exam-tip`\n- x\n",
                "b.md", "# B\n### 7.7 Model Monitor\n");
        assertEquals(1, html.select("p#exam-scenario").size());
        assertEquals("b.html#77-model-monitor", html.selectFirst("p.also-in a").attr("href"));
        assertEquals(1, html.select("#model-monitor").size(), "ids are unique");
    }

    @Test
    void titleSubtitleAndTagsLineMoveToThePageHeader() {
        Document html = render("g", "g.md", "# Guide\n## Exam Study Guide\n**Tags:** `#core`\n\n## Part\n");
        assertTrue(html.select("h1").isEmpty());
        assertEquals("Part", html.selectFirst("h2").text());
        assertTrue(html.select("a.tag").isEmpty());
    }
}
