package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.studysite.testing.LinkChecker;

/** The flashcards of the fixture vault (see its README.txt), as flashcards.html and flashcards.tsv show them. */
class FlashcardSiteTest extends FixtureSite {
    /** front | back lines joined by " / " | href | tags: every card of the fixture, in page order. */
    private static final List<String> EXPECTED = List.of(
            "Online store — Two Stores | latest value per record, millisecond reads during inference. | ./notes/starts-deep.html#two-stores | ",
            "Offline store — Two Stores | full history in S3, queried with Athena to build training sets. | ./notes/starts-deep.html#two-stores | ",
            "Scenario: Read features during a live prediction | Online store | ./notes/starts-deep.html#scenarios | exam-tip",
            "Scenario: Build a training set as of past dates | Offline store point-in-time query | ./notes/starts-deep.html#scenarios | exam-tip",
            "Scenario: Merge near-duplicate customer rows | AWS Glue FindMatches | ./notes/starts-deep.html#scenarios | exam-tip",
            "Scenario: Share features across teams | One feature group per entity | ./notes/starts-deep.html#scenarios | exam-tip",
            "Same features for training and serving? | Feature Store | ./notes/starts-deep.html#drills | ",
            "Point-in-time training data | offline store | ./notes/starts-deep.html#drills | ",
            "AI services — 0.1 Three-Layer ML Stack | pre-trained APIs such as Rekognition and Comprehend. | ./notes/guide.html#01-three-layer-ml-stack | ",
            "ML services — 0.1 Three-Layer ML Stack | SageMaker for building, training and hosting. | ./notes/guide.html#01-three-layer-ml-stack | ",
            "Frameworks & infrastructure — 0.1 Three-Layer ML Stack | PyTorch, TensorFlow, EC2 and accelerators. | ./notes/guide.html#01-three-layer-ml-stack | ",
            "Training Job — Key Terms | A managed run that pulls a container, reads channels from S3 and writes model.tar.gz to an output path. | ./notes/training.html#key-terms | hands-on",
            "Managed Spot Training — Key Terms | Training on spare capacity for a large discount, resumed from checkpoints after an interruption. | ./notes/training.html#key-terms | hands-on",
            "Purpose — Key Terms | Keep the vocabulary straight before reading the rest. | ./notes/training.html#key-terms | hands-on",
            "Workload: Tabular XGBoost | Instance Type: ml.m5.xlarge / Reason: CPU and memory bound | ./notes/training.html#hyperparameter-tuning | hands-on",
            "Workload: Image CNN | Instance Type: ml.g5.xlarge / Reason: Needs a GPU | ./notes/training.html#hyperparameter-tuning | hands-on",
            "Real-Time Endpoints — Real-Time Hosting | Instances that stay up behind an HTTPS URL and return a single prediction within milliseconds. | ./notes/deploy/endpoints.html#real-time-hosting | core",
            "Purpose — Real-Time Hosting | Serve callers that wait for the answer, such as a checkout page. | ./notes/deploy/endpoints.html#real-time-hosting | core",
            "Predict while the customer is checking out? | Real-time endpoint | ./notes/deploy/endpoints.html#drills | core",
            "Score last month's orders in one go | Batch Transform | ./notes/deploy/endpoints.html#drills | core",
            "Drift in inputs but no labels yet? | Data quality monitor | ./notes/ops/monitoring.html#-exam-tips | exam-tip",
            "Alert when violations appear | CloudWatch alarm | ./notes/ops/monitoring.html#-exam-tips | exam-tip");


    private List<Element> cards() {
        return site.page("flashcards.html").select("li.flashcard");
    }

    @Test
    void cardsComeFromDrillsQuestionTablesAndGlossariesWithTheirLinksAndTags() {
        List<String> actual = cards().stream().map(c -> c.selectFirst(".flashcard-front").text() + " | "
                + String.join(" / ", c.select(".flashcard-back p").eachText()) + " | "
                + c.selectFirst(".flashcard-source a").attr("href") + " | " + c.attr("data-tags")).toList();
        assertEquals(EXPECTED, actual);
    }

    @Test
    void noCardsFromComparisonTablesOrBoldLabelPseudoHeadings() {
        String fronts = String.join("\n", cards().stream().map(c -> c.selectFirst(".flashcard-front").text()).toList());
        for (String notACard : new String[] {"Factor", "Caller waits", "Use case", "Workflow", "Exam Scenario", "Deploy call",
                "Data Quality", "Lineage"}) {
            assertTrue(!fronts.contains(notACard), notACard + " must not be a card:\n" + fronts);
        }
        assertTrue(cards().stream().allMatch(c -> !c.selectFirst(".flashcard-front").text().matches("[^—:]*")
                || c.attr("data-kind").equals("drill")), "every non-drill front carries context (section or header)");
    }

    @Test
    void idsAreUniqueStableAndCardsLinkToExistingSections() {
        List<String> ids = cards().stream().map(c -> c.attr("data-id")).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        assertEquals(List.of("starts-deep:6:definition", "starts-deep:7:definition", "starts-deep:15:table:1"), ids.subList(0, 3));
        assertEquals(List.of(), LinkChecker.brokenLinks(site).stream().filter(b -> b.startsWith("flashcards.html")).toList());
        assertEquals("./flashcards.html", site.page("index.html").selectFirst("nav.header-links a:contains(Flashcards)").attr("href"));
        assertEquals("../../flashcards.html", site.page("notes/ops/monitoring.html").selectFirst("nav.header-links a:contains(Flashcards)").attr("href"));
    }

    @Test
    void withoutJavaScriptThePageIsAPlainListAndTheFiltersListWhatCardsCarry() {
        Document page = site.page("flashcards.html");
        assertTrue(page.selectFirst(".deck-controls").hasAttr("hidden"));
        assertTrue(page.selectFirst(".deck-buttons").hasAttr("hidden"));
        assertEquals(List.of("", "core", "exam-tip", "hands-on"), page.select("#deck-tag option").eachAttr("value"));
        assertEquals(List.of("", "starts-deep", "guide", "training", "deploy/endpoints", "ops/monitoring"),
                page.select("#deck-note option").eachAttr("value"));
        assertEquals("./assets/flashcards.js", page.selectFirst("script[src$=flashcards.js]").attr("src"));
        assertTrue(Files.exists(site.out().resolve("assets/flashcards.css")));
    }

    @Test
    void tsvHasAnkiHeadersAndParsesBackToTheSameCards() throws IOException {
        List<String> lines = Files.readAllLines(site.out().resolve("flashcards.tsv"));
        assertEquals(List.of("#separator:tab", "#html:false", "#tags column:3"), lines.subList(0, 3));
        List<String> parsed = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
            String[] fields = line.split("\t", -1);
            assertEquals(3, fields.length, line);
            assertTrue(!fields[2].contains("#") && !fields[2].contains("  "), fields[2]);
            parsed.add(fields[0] + " | " + fields[1] + " | " + fields[2]);
        }
        List<String> fromHtml = cards().stream().map(c -> c.selectFirst(".flashcard-front").text() + " | "
                + String.join("; ", c.select(".flashcard-back p").eachText()) + " | " + c.attr("data-tags")).toList();
        assertEquals(fromHtml, parsed);
        assertEquals(parsed.size(), parsed.stream().map(p -> p.substring(0, p.indexOf(" | "))).distinct().count(),
                "Anki merges notes with the same first field");
        assertEquals(22, parsed.size());
    }
}
