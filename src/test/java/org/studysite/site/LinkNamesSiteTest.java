package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studysite.diagnostics.DiagnosticFormatter;
import org.studysite.testing.LinkChecker;
import org.studysite.testing.SiteHarness;

/**
 * Odd names and link forms (issue 10): names with '#', '?', '%', '+', '&' and accents, notes whose names
 * differ only in case or normalisation, {@code <my note.md>}, a backslash, a tag named {@code index}. Each
 * vault of {@code vaults-invalid/} reports exactly its expected warnings, and every href and src of its
 * site names a written file when read as a browser reads it from file:// (resolved against the page's
 * file URI, decoded once).
 */
class LinkNamesSiteTest {
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"odd-note-names", "case-and-unicode", "angle-bracket-link", "backslash-link", "tag-named-index"})
    void eachCaseWarnsAsExpectedAndLinksOnlyToWrittenFiles(String name) throws IOException {
        SiteHarness site = build(name);
        DiagnosticFormatter formatter = new DiagnosticFormatter(Path.of(""));
        assertEquals(expected(name), site.report().diagnostics().stream().map(formatter::format).toList());
        assertEquals(List.of(), LinkChecker.brokenLinks(site));
        assertEquals(List.of(), unreachableFromDisk(site));
    }

    @Test
    void oddNamesLinkToTheirOwnPages() {
        SiteHarness site = build("odd-note-names");
        assertEquals(List.of("C sharp", "Why", "Percent", "Percent", "Why", "Plus and more", "Été", "Plus and more"),
                targetTitles(site, "notes/hub.html"));
        assertEquals("../files/my%20pic.svg", build("angle-bracket-link").page("notes/hub.html").select(".note-body img").attr("src"));
    }

    @Test
    void caseAndNormalisationVariantsResolveExactFirst() {
        SiteHarness site = build("case-and-unicode");
        // [[a]], [[A]], [[été]] (NFC, the file is NFD), [[été#Soleil]], [[Foo]] (ambiguous: the first by name), [lower](ÉTÉ.md)
        assertEquals(List.of("Small a", "Big A", "Été", "Été", "Foo upper", "Été"), targetTitles(site, "notes/hub.html"));
    }

    @Test
    void aBackslashLinkStillLeadsToItsNote() {
        assertEquals(List.of("B", "B"), targetTitles(build("backslash-link"), "notes/hub.html"));
    }

    @Test
    void aTagNamedIndexKeepsTheTagAndCheatSheetIndexes() {
        SiteHarness site = build("tag-named-index");
        assertEquals("Tags", site.page("tags/index.html").select("h1").text());
        assertEquals("Cheat sheets", site.page("cheatsheets/index.html").select("h1").text());
        assertTrue(site.page("tags/index.tag.html").select("h1").text().startsWith("#index "));
        assertEquals("../tags/index.tag.html", site.page("notes/hub.html").select(".note-body a.tag:contains(#index)").attr("href"));
    }

    @Test
    void twoOutputsForOnePathAreAnErrorNamingBoth() {
        Path vault = SiteHarness.writeVault(temp.resolve("clash"), """
                -- a.md --
                # A

                ![one](Pic.svg) ![two](pic.svg)
                -- Pic.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- pic.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        SiteHarness site = assertTimeoutPreemptively(HANG, () -> SiteHarness.build(vault, temp.resolve("clash-out")));
        DiagnosticFormatter formatter = new DiagnosticFormatter(Path.of(""));
        assertEquals(List.of("studysite: error: two outputs for one path files/Pic.svg and files/pic.svg: the vault's Pic.svg"
                        + " and the vault's pic.svg; the second is not written"),
                site.report().diagnostics().stream().map(formatter::format).toList());
        assertTrue(!Files.exists(site.out().resolve("index.html")), "nothing is written");
    }

    private SiteHarness build(String name) {
        Path vault = SiteHarness.repo().resolve("src/test/resources/vaults-invalid").resolve(name);
        return assertTimeoutPreemptively(HANG, () -> SiteHarness.build(vault, temp.resolve(name)));
    }

    /** The titles of the pages the note body's links lead to, in order. */
    private static List<String> targetTitles(SiteHarness site, String page) {
        List<String> titles = new ArrayList<>();
        for (Element a : site.page(page).select(".note-body a[href]:not(.tag)")) {
            Path target = Path.of(fileUri(site, page).resolve(a.attr("href")).getPath());
            titles.add(site.page(site.out().relativize(target).toString()).select("h1").first().text());
        }
        return titles;
    }

    /** Every href and src of every page that, resolved as from file:// and decoded once, names no file. */
    private static List<String> unreachableFromDisk(SiteHarness site) {
        List<String> broken = new ArrayList<>();
        for (String page : site.htmlPages()) {
            Document doc = site.page(page);
            for (Element e : doc.select("a[href], img[src], link[href], script[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.isEmpty() || url.startsWith("#") || url.matches("^[a-z][a-z0-9+.-]*:.*")) continue;
                URI resolved = fileUri(site, page).resolve(url);
                if (!Files.isRegularFile(Path.of(resolved.getPath()))) broken.add(page + ": " + url);
            }
        }
        return broken;
    }

    private static URI fileUri(SiteHarness site, String page) {
        return site.out().resolve(page).toUri();
    }

    private static List<String> expected(String name) throws IOException {
        Path file = SiteHarness.repo().resolve("src/test/resources/vaults-invalid").resolve(name + ".expected");
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    }
}
