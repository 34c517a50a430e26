package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studysite.testing.SiteHarness;

/**
 * The {@code <main>} of key pages of the fixture site, pretty-printed, against reviewed golden files
 * in src/test/resources/golden/study/. After an intended change, rewrite them with
 * {@code mvn verify -Dgolden.update=true} and review the diff like code (refused when CI=true).
 */
class GoldenPagesTest extends FixtureSite {

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "notes/deploy/endpoints.html", "notes/ops/monitoring.html",
            "notes/guide.html", "notes/hostile.html", "tags/exam-tip.html", "tags/important.html", "tags/index.html",
            "topics.html", "comparisons.html", "cheatsheets/exam-tip.html", "flashcards.html"})
    void keyPageMatchesGolden(String page) throws IOException {
        Document doc = site.page(page);
        doc.outputSettings().prettyPrint(true).indentAmount(1);
        assertMatchesGolden(page, doc.selectFirst("main").outerHtml() + "\n");
    }

    /** Also for golden files that are not pages: FlashcardSiteTest's card ids. */
    static void assertMatchesGolden(String page, String actual) throws IOException {
        Path golden = SiteHarness.repo().resolve("src/test/resources/golden/study").resolve(page);
        if (Boolean.getBoolean("golden.update")) {
            assertTrue(!"true".equals(System.getenv("CI")), "golden files are never rewritten in CI");
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), "missing golden file " + golden + ": run mvn verify -Dgolden.update=true and review it");
        assertEquals(Files.readString(golden), actual, page + " differs from its golden file");
    }
}
