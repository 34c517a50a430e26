package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** comparisons.html of the fixture vault: which tables, in which order, captioned and linked how. */
class ComparisonsPageTest extends FixtureSite {
    Document page;

    @BeforeAll
    void readPages() {
        page = site.page("comparisons.html");
    }

    @Test
    void everyTableOnceComparisonsFirstThenNavigationOrder() {
        assertEquals(List.of(
                "Model Training › Hyperparameter Tuning",
                "Model Training › Instance Sizes vs Cost › Comparison",
                "Endpoint vs Batch Comparison"), page.select("#featured-tables ~ article .comparison-caption").eachText());
        assertEquals(List.of("Scenarios"), page.select("#other-tables ~ article .comparison-caption").eachText());
        assertEquals("4 of 4 tables", page.selectFirst("#comparison-count").text());
    }

    @Test
    void entriesCarryNoteTagsAndStableAnchors() {
        assertEquals(List.of("training--table-hyperparameter-tuning", "training--table-instance-sizes-vs-cost",
                "deploy-endpoints--table-endpoint-vs-batch-comparison", "starts-deep--table-scenarios"),
                page.select("article.comparison").eachAttr("id"));
        assertEquals(List.of("Training Workflows", "Training Workflows", "Model Endpoints", "Feature Store"),
                page.select("article.comparison .comparison-note").eachText());
        assertEquals(List.of("hands-on", "hands-on", "core", "exam-tip"), page.select("article.comparison").eachAttr("data-tags"));
        Element scenarios = page.getElementById("starts-deep--table-scenarios");
        assertEquals(List.of("#exam-tip"), scenarios.select("a.tag").eachText());
        assertEquals("tags/exam-tip.html", scenarios.selectFirst("a.tag").attr("href"));
        assertEquals(List.of("", "starts-deep", "training", "deploy/endpoints"), page.select("#comparison-note option").eachAttr("value"));
        assertEquals(List.of("", "core", "exam-tip", "hands-on"), page.select("#comparison-tag option").eachAttr("value"));
    }

    @Test
    void openInNoteLandsOnTheSameTableInPlace() {
        for (Element entry : page.select("article.comparison")) {
            String href = entry.selectFirst(".comparison-open").attr("href");
            String file = href.substring(0, href.indexOf('#'));
            Element table = site.page(file).getElementById(href.substring(href.indexOf('#') + 1));
            assertNotNull(table, href);
            assertEquals("table", table.tagName(), href);
            assertEquals(entry.select("thead th").eachText(), table.select("thead th").eachText(), href);
            assertEquals(entry.select("tbody tr").size(), table.select("tbody tr").size(), href);
        }
        assertEquals("notes/deploy/endpoints.html#table-endpoint-vs-batch-comparison",
                page.selectFirst("#deploy-endpoints--table-endpoint-vs-batch-comparison .comparison-open").attr("href"));
    }

    @Test
    void cellsKeepTheirTextAndEmoji() {
        Element endpoints = page.getElementById("deploy-endpoints--table-endpoint-vs-batch-comparison");
        assertEquals(List.of("Factor", "Endpoint", "Batch Transform"), endpoints.select("thead th").eachText());
        assertEquals(List.of("Caller waits", "✅ yes", "❌ no"), endpoints.select("tbody tr").first().select("td").eachText());
        assertEquals("split_type=\"Line\"", endpoints.select("tbody tr").last().select("td").last().text());
    }

    @Test
    void everyPageLinksToComparisonsAndIncludesTheTableScript() {
        for (String p : site.htmlPages()) {
            Document doc = site.page(p);
            assertFalse(doc.select("nav.header-links a[href$='comparisons.html']").isEmpty(), p);
            assertTrue(doc.select("script[src$='assets/tables.js']").size() == 1, p);
            assertTrue(doc.select("link[href$='assets/tables.css']").size() == 1, p);
        }
    }

    @Test
    void noteTablesGetTheirAnchorAsId() {
        assertEquals(List.of("table-hyperparameter-tuning", "table-instance-sizes-vs-cost"),
                site.page("notes/training.html").select(".note-body table").eachAttr("id"));
    }
}
