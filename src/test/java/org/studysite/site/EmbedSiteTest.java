package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.diagnostics.DiagnosticFormatter;
import org.studysite.testing.LinkChecker;
import org.studysite.testing.SiteHarness;

/** Obsidian embeds ({@code vaults-invalid/embeds}): images, sections and notes shown in place, loops and misses warned. */
class EmbedSiteTest {
    @TempDir
    static Path out;
    private static SiteHarness site;
    private static Path vault;

    @BeforeAll
    static void build() {
        vault = SiteHarness.repo().resolve("src/test/resources/vaults-invalid/embeds");
        site = SiteHarness.build(vault, out.resolve("site"));
    }

    @Test
    void warnsAsExpectedAndLeavesNoBrokenLink() throws IOException {
        DiagnosticFormatter format = new DiagnosticFormatter(Path.of(""));
        assertEquals(Files.readAllLines(vault.resolveSibling("embeds.expected")),
                site.report().diagnostics().stream().map(format::format).toList());
        assertEquals(List.of(), LinkChecker.brokenLinks(site));
    }

    @Test
    void anImageEmbedIsAnImageOfTheCopiedFile() {
        List<Element> images = site.page("notes/guide.html").select(".note-body img");
        assertEquals(2, images.size());
        assertEquals("../files/images/diagram.png", images.get(0).attr("src"));
        assertEquals("diagram.png", images.get(0).attr("alt"));
        assertEquals("300", images.get(1).attr("width"));
        assertTrue(Files.isRegularFile(site.out().resolve("files/images/diagram.png")));
        assertEquals("missing.png", site.page("notes/guide.html").select(".note-body .missing-image").text());
    }

    @Test
    void aSectionEmbedShowsThatSectionOnlyWithALinkToIt() {
        Element embed = site.page("notes/guide.html").select(".note-body .embed").first();
        assertEquals("Training › Hyperparameters", embed.select(".embed-source a").text());
        assertEquals("topics/training.html#hyperparameters", embed.select(".embed-source a").attr("href"));
        assertTrue(embed.text().contains("Tune the learning rate"));
        assertTrue(embed.text().contains("max_depth"));
        assertTrue(!embed.text().contains("Not embedded."));
        assertEquals("glossary.html#learning-rate", embed.select("p a").get(1).attr("href"), "links relative to the embedding page");
    }

    @Test
    void embedsInASentenceOfItselfOrInsideEmbeddedContentAreLinks() {
        Document guide = site.page("notes/guide.html");
        assertEquals(3, guide.select(".note-body .embed").size(), "training section, glossary, cycle-a");
        assertEquals("topics/training.html#hyperparameters",
                guide.select(".note-body p:contains(Within a sentence) a").attr("href"));
        assertEquals("guide.html", guide.select(".note-body > p > a[href=guide.html]").attr("href"));
        Element cycle = guide.select(".note-body .embed").last();
        assertEquals(1, cycle.select(".embed").size(), "itself: nothing embedded inside it");
        assertEquals("topics/cycle-b.html", cycle.select("p:not(.embed-source) a").attr("href"));
    }

    @Test
    void embeddedContentAddsNoIds() {
        Document guide = site.page("notes/guide.html");
        Set<String> ids = new HashSet<>();
        for (Element e : guide.select("[id]")) assertTrue(ids.add(e.id()), "duplicate id " + e.id());
        assertEquals(0, guide.select(".embed [id]").size());
    }
}
