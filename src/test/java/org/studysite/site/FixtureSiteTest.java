package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.studysite.diagnostics.DiagnosticFormatter;
import org.studysite.testing.LinkChecker;

/** Builds the fixture vault once and checks the site as a reader would meet it. */
class FixtureSiteTest extends FixtureSite {

    @Test
    void reportsEveryUserErrorAsFileLineWarning() {
        DiagnosticFormatter format = new DiagnosticFormatter(Path.of("notes"));
        List<String> lines = site.report().diagnostics().stream().map(format::format).toList();
        assertEquals(List.of(
                "notes/bad-front-matter.md:3: warning: invalid front matter, ignored: expected ',' or ']', but got :",
                "notes/deploy/endpoints.md:58: warning: missing image 'deploy/chart.png'",
                "notes/deploy/endpoints.md:65: warning: link to missing note './not-written-yet.md'",
                "notes/deploy/endpoints.md:66: warning: link to missing anchor '#no-such-heading' in 'ops/monitoring.md'",
                "notes/hostile.md:5: warning: missing image 'x.png'",
                "notes/hostile.md:7: warning: link with an address the site does not keep 'javascript:alert(3)' (only http, https, mailto and ftp)"),
                lines);
        assertEquals(0, site.report().exitCode(), "warnings alone do not fail a build");
        assertTrue(site.report().written());
    }

    @Test
    void everyInternalLinkOfEveryPageResolves() {
        assertTrue(site.htmlPages().size() >= 14, site.htmlPages().toString());
        assertEquals(List.of(), LinkChecker.brokenLinks(site));
    }

    @Test
    void idsAreUniqueAndNoLinkLacksATarget() {
        for (String page : site.htmlPages()) {
            Document doc = site.page(page);
            List<String> ids = doc.select("[id]").eachAttr("id");
            assertEquals(ids.size(), ids.stream().distinct().count(), page + " has duplicate ids: " + ids);
            assertTrue(doc.select("a:not([href])").isEmpty(), page + ": " + doc.select("a:not([href])"));
        }
    }

    @Test
    void outputLayout() {
        assertEquals(List.of("all-notes.html", "cheatsheets/core.html", "cheatsheets/exam-tip.html", "cheatsheets/gotcha.html",
                "cheatsheets/hands-on.html", "cheatsheets/important.html", "cheatsheets/index.html",
                "comparisons.html", "flashcards.html", "index.html", "notes/bad-front-matter.html", "notes/deploy/endpoints.html", "notes/guide.html",
                "notes/hostile.html", "notes/ops/monitoring.html", "notes/starts-deep.html", "notes/training.html", "search.html",
                "tags/core.html", "tags/exam-tip.html", "tags/gotcha.html", "tags/hands-on.html", "tags/important.html",
                "tags/index.html", "topics.html"), site.htmlPages());
    }

    @Test
    void homeListsNotesFeaturedTagsAndAllTags() {
        Document home = site.page("index.html");
        assertEquals(7, home.select(".note-card").size());
        Element endpoints = home.select(".note-card").stream()
                .filter(c -> c.selectFirst(".note-card-title").text().equals("Model Endpoints")).findFirst().orElseThrow();
        assertTrue(endpoints.selectFirst(".note-meta").text().matches("\\d+ sections"), endpoints.text());
        assertFalse(endpoints.select("a.tag").isEmpty());
        assertEquals(List.of("#exam-tip", "#important"), home.select(".featured-tag .tag-name").eachText());
        assertEquals(5, home.select(".all-tags a.tag").size());
        assertFalse(home.select(".home-intro .note-body p").isEmpty(), "index.md is the intro");
    }

    @Test
    void notePageHasNavTocTagsBacklinksPrevNextAndAlsoIn() {
        Document page = site.page("notes/deploy/endpoints.html");
        assertEquals("Model Endpoints", page.selectFirst("h1.note-title").text());
        assertEquals(7, page.select("#site-nav .nav-group:not(.nav-tools) li a").size(), "every note is listed");
        assertEquals(List.of("Topics A–Z", "Comparisons", "Flashcards", "Cheat sheets", "Tags"),
                page.select("#site-nav .nav-tools a").eachText(), "the study tools are in the sidebar (the phone drawer) too");
        assertEquals("notes/deploy/endpoints.html", "notes/deploy/" + page.selectFirst("#site-nav a.current").attr("href").replace("../../notes/deploy/", ""));
        assertTrue(page.select("nav.toc a[href=#batch-transform]").size() == 1);
        assertTrue(page.select("nav.toc a[href=#limitations-1]").size() == 1, "repeated headings get -1");
        assertFalse(page.select(".backlinks a").isEmpty());
        assertFalse(page.select(".prev-next a.prev").isEmpty() && page.select(".prev-next a.next").isEmpty());
        assertFalse(page.select("p.also-in a").isEmpty());
        assertTrue(page.select(".note-body code").stream().noneMatch(c -> c.text().matches("#[a-z-]+")), "tags never as code");
    }

    @Test
    void tagPageGroupsByNoteWithDeepLinksAndNestsSameTagRegions() {
        Document tag = site.page("tags/important.html");
        Element monitoring = tag.select("main section").stream()
                .filter(g -> g.selectFirst("h2").text().equals("Monitoring in Production")).findFirst().orElseThrow();
        Element outer = monitoring.selectFirst(".tag-entries > li");
        assertEquals("SageMaker Model Monitor", outer.selectFirst("> a").text());
        assertTrue(outer.selectFirst("> a").attr("href").endsWith("notes/ops/monitoring.html#sagemaker-model-monitor"));
        assertEquals(List.of("Baseline Job"), outer.select("ul li > a").eachText());
        assertEquals(1, tag.select(".tag-entries li > a:contains(Baseline Job)").size(), "nested region listed once");
        Document examTip = site.page("tags/exam-tip.html");
        assertFalse(examTip.select(".tag-entries li > a[href$=#exam-scenario]").isEmpty(), "tagged paragraph gets an anchor");
        assertFalse(examTip.select(".tag-entries li > a:contains(🔑 Exam Tips)").isEmpty(), "a heading naming a tag carries it");
    }

    @Test
    void hostileHtmlIsSanitised() {
        Document page = site.page("notes/hostile.html");
        Element body = page.selectFirst(".note-body");
        assertTrue(body.select("script, [onerror], [onclick], a[href^=javascript]").isEmpty(), body.html());
        assertEquals(1, body.select("details summary").size());
        assertEquals(1, body.select("kbd").size());
        assertEquals("hostile", page.selectFirst("h1.note-title").text());
    }
}
