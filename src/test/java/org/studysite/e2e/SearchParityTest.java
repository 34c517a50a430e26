package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.studysite.search.LuceneSearcher;
import org.studysite.search.SearchHit;
import org.studysite.search.SearchQuery;
import org.studysite.testing.QueryFiles;
import org.studysite.testing.SiteHarness;

/**
 * One source of truth, two front ends: for every parity query, the top 10 that search.js computes
 * in Chromium from the exported index equals Lucene's IndexSearcher top 10 over the same site,
 * same sections in the same order; only sections whose scores tie (within float rounding) may swap.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchParityTest {
    private static final int TOP = 10;
    @TempDir
    static Path tmp;
    SiteHarness site;
    SiteHarness tinyHeads;
    ChromeDriver driver;
    LuceneSearcher lucene;

    @BeforeAll
    void start() throws IOException {
        Chromium.assumeInstalled();
        site = SiteHarness.build(SiteHarness.fixtureVault(), tmp.resolve("site"));
        // Two postings per term in a shard and per block: tiers, blocks and the early-exit bounds are exercised on every query.
        tinyHeads = SiteHarness.buildWithSearchLayout(SiteHarness.fixtureVault(), tmp.resolve("tiny"), 2, 2);
        lucene = LuceneSearcher.open(site.out()).orElseThrow();
        driver = Chromium.start(Files.createDirectories(tmp.resolve("profile")));
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) driver.quit();
        if (lucene != null) lucene.close();
    }

    record Ranked(int ord, double score) {
    }

    @Test
    void browserTopTenEqualsLuceneTopTen() throws IOException {
        checkParity(site);
    }

    @Test
    void browserTopTenEqualsLuceneTopTenWhenMostPostingsAreInTails() throws IOException {
        assertTrue(Files.isDirectory(tinyHeads.out().resolve("search/tail")), "tails exist");
        checkParity(tinyHeads);
    }

    private void checkParity(SiteHarness built) throws IOException {
        driver.get(built.out().resolve("index.html").toUri().toString());
        List<String> queries = QueryFiles.lines("parity-queries.txt");
        assertTrue(queries.size() >= 30, "at least 30 parity queries");
        List<String> mismatches = new ArrayList<>();
        int nonEmpty = 0;
        for (String query : queries) {
            for (boolean asYouType : new boolean[] {false, true}) {
                List<Ranked> java = lucene(query, asYouType);
                List<Ranked> browser = browser(query, asYouType);
                if (!java.isEmpty()) nonEmpty++;
                String problem = compare(java, browser);
                if (problem != null) mismatches.add((asYouType ? "typing " : "") + "'" + query + "': " + problem
                        + "\n    lucene  " + java.subList(0, Math.min(TOP, java.size())) + "\n    browser " + browser.subList(0, Math.min(TOP, browser.size())));
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(nonEmpty >= queries.size(), "most queries find something: " + nonEmpty);
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    private List<Ranked> lucene(String query, boolean asYouType) throws IOException {
        List<Ranked> ranked = new ArrayList<>();
        for (SearchHit hit : lucene.search(SearchQuery.parse(query, asYouType), TOP + 5)) ranked.add(new Ranked(hit.ord(), hit.score()));
        return ranked;
    }

    @SuppressWarnings("unchecked")
    private List<Ranked> browser(String query, boolean asYouType) {
        List<List<Number>> rows = (List<List<Number>>) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "studysiteSearch.rank(arguments[0], {asYouType: arguments[1]})"
                        + ".then(function (r) { done(r.hits.slice(0, 15).map(function (h) { return [h.ord, h.score]; })); })"
                        + ".catch(function (e) { done([[-1, String(e)]]); });", query, asYouType);
        return rows.stream().map(r -> new Ranked(r.get(0).intValue(), r.get(1).doubleValue())).toList();
    }

    /** Null if equal; a position may differ only between sections whose scores tie within float rounding. */
    static String compare(List<Ranked> java, List<Ranked> browser) {
        int n = Math.min(TOP, java.size());
        if (Math.min(TOP, browser.size()) != n) return "lucene has " + java.size() + " hits, browser " + browser.size();
        for (int i = 0; i < n; i++) {
            Ranked j = java.get(i);
            Ranked b = browser.get(i);
            if (!close(j.score(), b.score())) return "rank " + (i + 1) + " scores differ: " + j + " vs " + b;
            if (j.ord() != b.ord() && java.stream().noneMatch(x -> x.ord() == b.ord() && close(x.score(), b.score()))) {
                return "rank " + (i + 1) + ": section " + b.ord() + " is not tied with lucene's " + j.ord();
            }
        }
        return null;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-5 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
