package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.QueryFiles;
import org.studysite.testing.SiteHarness;

/** A judged set over the demo vault: the section a student wants is in the top 3 for at least 90% of queries. */
class SearchQualityTest {
    @TempDir
    Path tmp;

    @Test
    void wantedSectionIsInTopThree() throws IOException {
        SiteHarness site = SiteHarness.build(SiteHarness.repo().resolve("notes"), tmp.resolve("site"));
        List<String> judged = QueryFiles.lines("judged-queries.tsv");
        List<String> misses = new ArrayList<>();
        try (LuceneSearcher searcher = LuceneSearcher.open(site.out()).orElseThrow()) {
            for (String line : judged) {
                String[] parts = line.split("\t");
                List<String> top = searcher.search(SearchQuery.parse(parts[0], false), 3).stream().map(SearchHit::url).toList();
                if (!top.contains(parts[1])) misses.add(parts[0] + " -> wanted " + parts[1] + ", got " + top);
            }
        }
        double hitRate = 1.0 - (double) misses.size() / judged.size();
        System.out.printf("search quality: %d/%d judged queries have the wanted section in the top 3 (%.1f%%)%n",
                judged.size() - misses.size(), judged.size(), hitRate * 100);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(judged.size() >= 25, "at least 25 judged queries");
        assertTrue(hitRate >= 0.9, "top-3 rate " + hitRate + " below 90%: " + misses);
    }
}
