package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.bench.SyntheticVault;
import org.studysite.testing.SiteHarness;

/**
 * Issue 8's size bounds, checked on sizes (never on time): a vault of realistic notes is built
 * twice, the second time with four times as many notes, every one of which shares the first
 * vault's headings and tags and links to one of its notes. No generated file may exceed 1 MiB,
 * and a first-vault note's page may not grow by more than the bounded header and sidebar: a
 * page's size depends on its note, not on the vault.
 */
class PageSizeBoundsTest {
    private static final long MAX_FILE = 1L << 20;
    /**
     * What a note page may grow by when the vault grows: sidebar folders, at most 50 backlinks, and
     * per heading of the note at most 5 "Also in" links. All bounded, whatever the vault.
     */
    private static final long MAX_GROWTH = 20_000;
    private static final long MAX_GROWTH_PER_HEADING = 5 * 250;
    private static final int BASE_NOTES = 80;
    private static final int EXTRA_NOTES = 240;
    /** The first vault's note that every extra note links to (its id, found after the vault is written). */
    private static String hub;

    @TempDir
    static Path work;
    private static SiteHarness small;
    private static SiteHarness large;

    @BeforeAll
    static void buildBoth() throws IOException {
        Path smallVault = new SyntheticVault(42, BASE_NOTES).write(work.resolve("small"));
        Path largeVault = new SyntheticVault(42, BASE_NOTES).write(work.resolve("large"));
        try (Stream<Path> files = Files.walk(largeVault)) {
            Path first = files.filter(f -> f.getFileName().toString().equals("note-0.md")).findFirst().orElseThrow();
            hub = largeVault.relativize(first).toString().replace('\\', '/').replaceFirst("\\.md$", "");
        }
        List<String> headings = headings(largeVault.resolve(hub + ".md"));
        for (int n = 0; n < EXTRA_NOTES; n++) {
            Path note = largeVault.resolve("extra-" + (n % 7)).resolve("extra-" + n + ".md");
            Files.createDirectories(note.getParent());
            StringBuilder md = new StringBuilder("# Extra note " + n + "\n\n**Tags:** `#exam-tip` `#important`\n\n");
            // A quarter of them share the hub's headings: a topic in many notes, not yet the vault's structure.
            for (String h : n % 4 == 0 ? headings : List.of("Extra topic " + n, "Key Takeaways")) {
                md.append("## ").append(h).append(" `#exam-tip`\n\nAbout ").append(h).append(", see [[note-0#")
                        .append(h).append("]] and [the hub](../").append(hub).append(".md).\n\n")
                        .append("| Option | Cost | Latency |\n|---|---|---|\n| A | low | high |\n| B | high | low |\n\n")
                        .append("- **\"When is ").append(h).append(" used?\"** → in note ").append(n).append(" `#gotcha`\n\n");
            }
            Files.writeString(note, md.toString());
        }
        small = SiteHarness.build(smallVault, work.resolve("site-small"));
        large = SiteHarness.build(largeVault, work.resolve("site-large"));
    }

    private static List<String> headings(Path note) throws IOException {
        return Files.readAllLines(note).stream().filter(l -> l.startsWith("## "))
                .map(l -> l.substring(3).replaceAll("`#[^`]*`", "").strip()).limit(8).toList();
    }

    @Test
    void noGeneratedFileIsOverOneMebibyte() throws IOException {
        Map<String, Long> sizes = sizes(large.out());
        List<String> over = sizes.entrySet().stream().filter(e -> e.getValue() > MAX_FILE)
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        assertTrue(over.isEmpty(), "files over 1 MiB: " + over);
    }

    @Test
    void longListsAreSplitIntoLinkedParts() throws IOException {
        Map<String, Long> sizes = sizes(large.out());
        // Every extra note tags each section #exam-tip: its tag page and cheat sheet must come in parts.
        assertTrue(sizes.containsKey("tags/exam-tip.2.html"), "tag page split: " + sizes.keySet().stream().filter(p -> p.startsWith("tags/")).toList());
        assertTrue(sizes.containsKey("cheatsheets/exam-tip.1.html"), "cheat sheet split into printable parts: "
                + sizes.entrySet().stream().filter(e -> e.getKey().startsWith("cheatsheets/") && !e.getKey().startsWith("cheatsheets/regions/")).toList());
        var first = large.page("tags/exam-tip.html");
        assertTrue(first.select("nav.pager a[href=exam-tip.2.html]").size() > 0, "part 1 links part 2");
        var sheetIndex = large.page("cheatsheets/exam-tip.html");
        assertTrue(sheetIndex.select("ul.cheatsheet-parts a[href=exam-tip.1.html]").size() == 1, "sheet index lists its parts");
    }

    @Test
    void notePagesDoNotGrowWithTheVault() throws IOException {
        Map<String, Long> before = sizes(small.out());
        Map<String, Long> after = sizes(large.out());
        List<String> grown = new ArrayList<>();
        before.forEach((page, size) -> {
            if (!page.startsWith("notes/")) return;
            long headings = small.page(page).select(".note-body :is(h2,h3,h4,h5,h6)").size();
            if (after.get(page) - size > MAX_GROWTH + headings * MAX_GROWTH_PER_HEADING) {
                grown.add(page + ": " + size + " -> " + after.get(page) + " (" + headings + " headings)");
            }
        });
        assertEquals(List.of(), grown);
        // The hub is linked from every extra note and shares their headings: bounded all the same.
        var hubPage = large.page("notes/" + hub + ".html");
        assertTrue(hubPage.select(".backlinks li a").size() <= 50, "backlinks capped");
        assertTrue(hubPage.select(".backlinks li.more").text().contains("more"), "the rest are counted");
        for (var alsoIn : hubPage.select("p.also-in")) {
            assertTrue(alsoIn.select("a:not(.also-in-more)").size() <= 5, "at most 5 'Also in' links: " + alsoIn);
        }
        assertTrue(hubPage.select("p.also-in a.also-in-more").size() > 0, "'N more' leads to the topic index");
        assertTrue(hubPage.select("#site-nav li").size() < 60, "sidebar bounded: " + hubPage.select("#site-nav li").size());
        assertTrue(hubPage.select("#site-nav a[href$=all-notes.html]").size() == 1, "a link to every note remains");
    }

    /** A note's shared cheat-sheet regions: never more than its own page, and the same whatever the vault around it. */
    @Test
    void aNotesRegionScriptDependsOnThatNoteAlone() throws IOException {
        Map<String, Long> before = sizes(small.out());
        Map<String, Long> after = sizes(large.out());
        List<String> scripts = after.keySet().stream().filter(p -> p.startsWith("cheatsheets/regions/")).toList();
        assertTrue(scripts.size() > BASE_NOTES, "the extra notes' tagged sections have scripts too: " + scripts.size());
        for (String script : scripts) {
            String page = script.substring("cheatsheets/regions/".length()).replaceFirst("\\.js$", ".html");
            assertTrue(after.get(script) <= after.get(page), script + " " + after.get(script) + " > its page " + after.get(page));
            if (before.containsKey(script)) assertEquals(before.get(script), after.get(script), script + " changed with the vault");
        }
    }

    @Test
    void nMoreLinksLandOnTheTopicEntry() {
        var hubPage = large.page("notes/" + hub + ".html");
        String href = hubPage.select("p.also-in a.also-in-more").first().attr("href");
        String page = href.substring(0, href.indexOf('#')).replace("../", "");
        assertTrue(large.pageWithList(page).getElementById(href.substring(href.indexOf('#') + 1)) != null, href);
    }

    private static Map<String, Long> sizes(Path site) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                if (!rel.startsWith("search/lucene/")) sizes.put(rel, Files.size(f));
            }
        }
        return sizes;
    }
}
