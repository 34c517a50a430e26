package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.LinkChecker;
import org.studysite.testing.SiteHarness;

/**
 * The flashcards of the fixture vault (see its README.txt) as flashcards.html lists them without
 * JavaScript: notes, their sections and the cards. (What the script makes of them, the deck and the
 * Anki file, is FlashcardBrowserTest's.)
 */
class FlashcardSiteTest extends FixtureSite {
    /** front | back lines joined by " / " | source section | tags: every card of the fixture, in page order. */
    private static final List<String> EXPECTED = List.of(
            "Online store | latest value per record, millisecond reads during inference. | notes/starts-deep.html#two-stores | ",
            "Offline store | full history in S3, queried with Athena to build training sets. | notes/starts-deep.html#two-stores | ",
            "Scenario: Read features during a live prediction | Online store | notes/starts-deep.html#scenarios | exam-tip",
            "Scenario: Build a training set as of past dates | Offline store point-in-time query | notes/starts-deep.html#scenarios | exam-tip",
            "Scenario: Merge near-duplicate customer rows | AWS Glue FindMatches | notes/starts-deep.html#scenarios | exam-tip",
            "Scenario: Share features across teams | One feature group per entity | notes/starts-deep.html#scenarios | exam-tip",
            "Same features for training and serving? | Feature Store | notes/starts-deep.html#drills | ",
            "Point-in-time training data | offline store | notes/starts-deep.html#drills | ",
            "AI services | pre-trained APIs such as Rekognition and Comprehend. | notes/guide.html#01-three-layer-ml-stack | ",
            "ML services | SageMaker for building, training and hosting. | notes/guide.html#01-three-layer-ml-stack | ",
            "Frameworks & infrastructure | PyTorch, TensorFlow, EC2 and accelerators. | notes/guide.html#01-three-layer-ml-stack | ",
            "Training Job | A managed run that pulls a container, reads channels from S3 and writes model.tar.gz to an output path. | notes/training.html#key-terms | hands-on",
            "Managed Spot Training | Training on spare capacity for a large discount, resumed from checkpoints after an interruption. | notes/training.html#key-terms | hands-on",
            "Purpose | Keep the vocabulary straight before reading the rest. | notes/training.html#key-terms | hands-on",
            "Workload: Tabular XGBoost | Instance Type: ml.m5.xlarge / Reason: CPU and memory bound | notes/training.html#hyperparameter-tuning | hands-on",
            "Workload: Image CNN | Instance Type: ml.g5.xlarge / Reason: Needs a GPU | notes/training.html#hyperparameter-tuning | hands-on",
            "Real-Time Endpoints | Instances that stay up behind an HTTPS URL and return a single prediction within milliseconds. | notes/deploy/endpoints.html#real-time-hosting | core",
            "Purpose | Serve callers that wait for the answer, such as a checkout page. | notes/deploy/endpoints.html#real-time-hosting | core",
            "Predict while the customer is checking out? | Real-time endpoint | notes/deploy/endpoints.html#drills | core",
            "Score last month's orders in one go | Batch Transform | notes/deploy/endpoints.html#drills | core",
            "Drift in inputs but no labels yet? | Data quality monitor | notes/ops/monitoring.html#-exam-tips | exam-tip",
            "Alert when violations appear | CloudWatch alarm | notes/ops/monitoring.html#-exam-tips | exam-tip");

    /** A card as the page lists it, with what its note's and section's headings say about it. */
    private record Card(String note, String noteHref, String section, String anchor, String code, String front,
                        List<String> back, List<String> tags) {
    }

    /** Reads the list as flashcards.js does: headings, then each dl's cards with their codes. */
    private List<Card> cards() {
        return cards(site);
    }

    private static List<Card> cards(SiteHarness site) {
        List<Card> cards = new ArrayList<>();
        Element h2 = null;
        Element h3 = null;
        for (Element e : site.page("flashcards.html").getElementById("flashcard-list").children()) {
            if (e.tagName().equals("h2")) h2 = e;
            if (e.tagName().equals("h3")) h3 = e;
            if (!e.tagName().equals("dl")) continue;
            String[] codes = e.attr("data-c").split(" ");
            List<Element> fronts = e.select("> dt");
            assertEquals(codes.length, fronts.size(), e.outerHtml());
            for (int i = 0; i < codes.length; i++) {
                Element dt = fronts.get(i);
                Element dd = dt.nextElementSibling();
                TreeSet<String> tags = new TreeSet<>(tags(h2.selectFirst("small")));
                tags.addAll(tags(h3.selectFirst("small")));
                tags.addAll(names(dt.attr("data-t")));
                cards.add(new Card(h2.attr("data-note"), h2.selectFirst("a").attr("href"), title(h3), h3.attr("data-a"), codes[i],
                        dt.text(), lines(dd), List.copyOf(tags)));
            }
        }
        return cards;
    }

    private static List<String> tags(Element small) {
        return small == null ? List.of() : names(small.text());
    }

    private static List<String> names(String hashed) {
        return hashed.isEmpty() ? List.of() : Arrays.stream(hashed.split(" ")).map(t -> t.substring(1)).toList();
    }

    private static String title(Element h3) {
        return h3.textNodes().stream().map(TextNode::getWholeText).reduce("", String::concat).strip();
    }

    /** A back's lines: its text, split where it has a line break. */
    private static List<String> lines(Element dd) {
        List<String> lines = new ArrayList<>(List.of(""));
        for (org.jsoup.nodes.Node n : dd.childNodes()) {
            if (n.nodeName().equals("br")) lines.add("");
            else lines.set(lines.size() - 1, lines.get(lines.size() - 1) + (n instanceof TextNode t ? t.getWholeText() : ((Element) n).wholeText()));
        }
        return lines;
    }

    @Test
    void cardsComeFromDrillsQuestionTablesAndGlossariesUnderTheirSectionsWithTheirTags() {
        List<String> actual = cards().stream().map(c -> c.front() + " | " + String.join(" / ", c.back()) + " | "
                + c.noteHref() + (c.anchor().isEmpty() ? "" : "#" + c.anchor()) + " | " + String.join(" ", c.tags())).toList();
        assertEquals(EXPECTED, actual);
        assertEquals(List.of("Two Stores", "Two Stores", "Scenarios"), cards().stream().limit(3).map(Card::section).toList());
    }

    @Test
    void noCardsFromComparisonTablesOrBoldLabelPseudoHeadings() {
        String fronts = String.join("\n", cards().stream().map(Card::front).toList());
        for (String notACard : new String[] {"Factor", "Caller waits", "Use case", "Workflow", "Exam Scenario", "Deploy call",
                "Data Quality", "Lineage"}) {
            assertTrue(!fronts.contains(notACard), notACard + " must not be a card:\n" + fronts);
        }
    }

    /** A code as flashcards.js reads it (CODE there): line, kind letter, row, flags and the content key. */
    private static final Pattern CODE = Pattern.compile("(\\d+)([a-z])(\\d*)-?\\*?([0-9a-z]{6}(?:-\\d+)?)");
    private static final Map<String, String> KINDS = Map.of("d", "drill", "t", "table", "s", "scenario", "g", "definition");

    private static Matcher code(Card c) {
        Matcher m = CODE.matcher(c.code());
        assertTrue(m.matches(), c.code());
        return m;
    }

    /** The id progress is saved under, as flashcards.js reads it from the page: note, kind and content key. */
    private static String id(Card c) {
        Matcher m = code(c);
        return c.note() + ":" + KINDS.get(m.group(2)) + ":" + m.group(4);
    }

    /** Each card's source line: a section's first code has it whole, the others a step from the card before. */
    private static List<Integer> lines(List<Card> cards) {
        List<Integer> lines = new ArrayList<>();
        Card before = null;
        for (Card c : cards) {
            boolean sameSection = before != null && before.note().equals(c.note()) && before.anchor().equals(c.anchor());
            lines.add((sameSection ? lines.get(lines.size() - 1) : 0) + Integer.parseInt(code(c).group(1)));
            before = c;
        }
        return lines;
    }

    @Test
    void eachNotePageWithCardsLinksToThemOnTheDeckAndTheHomePageToTheWholeDeck() {
        Map<String, List<Card>> byNote = cards().stream().collect(Collectors.groupingBy(Card::note, java.util.LinkedHashMap::new, Collectors.toList()));
        String deckKey = site.page("flashcards.html").getElementById("flashcards").attr("data-storage-key");
        assertEquals(5, byNote.size());
        for (List<Card> noteCards : byNote.values()) {
            Card first = noteCards.get(0);
            Document page = site.page(first.noteHref());
            Element due = page.selectFirst("header.note-header p.deck-due");
            assertNotNull(due, first.noteHref());
            // Each card as the kind's letter and its key, which with the note make its id (deck-store.js).
            String ids = String.join(" ", noteCards.stream().map(c -> code(c).group(2) + code(c).group(4)).toList());
            assertEquals(List.of(deckKey, first.noteHref().indexOf("/", "notes/".length()) > 0 ? "../.." : "..", String.valueOf(noteCards.size()),
                    first.note(), ids), List.of(due.attr("data-deck-key"), due.attr("data-root"), due.attr("data-total"),
                    due.attr("data-note"), due.attr("data-cards")), first.noteHref() + ": the ids of the deck page's codes, in its order");
            Element link = due.selectFirst("a");
            assertEquals(noteCards.size() + (noteCards.size() == 1 ? " flashcard" : " flashcards"), link.text());
            assertEquals(due.attr("data-root") + "/flashcards.html?note=" + first.note(), link.attr("href"));
            assertEquals(1, page.select("script[src$=/assets/deck-store.js]").size(), "the page loads the store that counts what is due");
        }
        for (String noCards : List.of("notes/hostile.html", "notes/bad-front-matter.html")) {
            assertTrue(site.page(noCards).select("p.deck-due, script[src$=/deck-store.js]").isEmpty(), noCards + " has no cards");
        }
        Element home = site.page("index.html").selectFirst(".tool-cards p.deck-due");
        assertEquals(List.of(deckKey, ".", "22", "", ""), List.of(home.attr("data-deck-key"), home.attr("data-root"), home.attr("data-total"),
                home.attr("data-note"), home.attr("data-cards")));
        assertEquals("22 flashcards", home.text());
        assertEquals("flashcards.html", home.selectFirst("a").attr("href"));
        assertEquals(1, site.page("index.html").select("script[src$=/assets/deck-store.js]").size());
    }

    @Test
    void cardIdsMatchGolden() throws IOException {
        // One line per card, "id | front": a changed id loses a reader's progress, so the diff is reviewed.
        GoldenPagesTest.assertMatchesGolden("flashcard-ids.txt",
                cards().stream().map(c -> id(c) + " | " + c.front() + "\n").collect(Collectors.joining()));
    }

    @Test
    void linesAddedAtTheTopOfNotesKeepEveryCardsId(@TempDir Path dir) throws IOException {
        Path vault = SiteHarness.copyVault(SiteHarness.fixtureVault(), dir.resolve("vault"));
        for (String note : List.of("starts-deep.md", "guide.md", "deploy/endpoints.md", "ops/monitoring.md")) {
            Path file = vault.resolve(note);
            Files.writeString(file, "Written later: a line\nand another above everything.\n\n" + Files.readString(file));
        }
        Path training = vault.resolve("training.md");
        Files.writeString(training, Files.readString(training).replaceFirst("\n---\n", "\n---\n\nA paragraph added\nafter the front matter.\n"));
        List<Card> after = cards(SiteHarness.build(vault, dir.resolve("site")));

        assertEquals(cards().stream().map(FlashcardSiteTest::id).toList(), after.stream().map(FlashcardSiteTest::id).toList());
        assertEquals(22, after.stream().map(FlashcardSiteTest::id).distinct().count(), "no two cards share an id");
        List<Integer> linesBefore = lines(cards());
        List<Integer> linesAfter = lines(after);
        for (int i = 0; i < linesBefore.size(); i++) {
            assertNotEquals(linesBefore.get(i), linesAfter.get(i), "every card moved down: " + after.get(i).front());
        }
    }

    @Test
    void codesStillGiveTheLineBasedIdsProgressWasSavedUnderBeforeIssue11() {
        // flashcards.js moves progress saved under these ids to the content ids, once.
        List<String> before = List.of("starts-deep:6:definition", "starts-deep:7:definition", "starts-deep:15:table:1",
                "starts-deep:15:table:2", "starts-deep:15:table:3", "starts-deep:15:table:4", "starts-deep:26:drill",
                "starts-deep:27:drill", "guide:12:definition", "guide:13:definition", "guide:14:definition",
                "training:12:definition", "training:14:definition", "training:16:definition", "training:22:scenario:1",
                "training:22:scenario:2", "deploy/endpoints:17:definition", "deploy/endpoints:19:definition",
                "deploy/endpoints:61:drill", "deploy/endpoints:62:drill", "ops/monitoring:31:drill", "ops/monitoring:32:drill");
        List<String> ids = new ArrayList<>();
        List<Card> cards = cards();
        List<Integer> lines = lines(cards);
        for (int i = 0; i < cards.size(); i++) {
            Matcher m = code(cards.get(i));
            ids.add(cards.get(i).note() + ":" + lines.get(i) + ":" + KINDS.get(m.group(2)) + (m.group(3).isEmpty() ? "" : ":" + m.group(3)));
        }
        assertEquals(before, ids);
    }

    @Test
    void headingsLinkNotesAndNameSectionsThatExistOnTheirPages() {
        assertEquals(List.of(), LinkChecker.brokenLinks(site).stream().filter(b -> b.startsWith("flashcards.html")).toList());
        for (Card c : cards()) {
            if (c.anchor().isEmpty()) continue;
            Document note = site.page(c.noteHref());
            assertNotNull(note.getElementById(c.anchor()), c.noteHref() + "#" + c.anchor());
            assertEquals(c.section(), note.getElementById(c.anchor()).text().replaceAll("\\s*#\\S+", "").strip(), c.anchor());
        }
        assertEquals("./flashcards.html", site.page("index.html").selectFirst("nav.header-links a:contains(Flashcards)").attr("href"));
        assertEquals("../../flashcards.html", site.page("notes/ops/monitoring.html").selectFirst("nav.header-links a:contains(Flashcards)").attr("href"));
    }

    @Test
    void withoutJavaScriptThePageIsAPlainListWithNoControls() {
        Document page = site.page("flashcards.html");
        assertTrue(page.selectFirst(".deck-controls").hasAttr("hidden"));
        assertTrue(page.selectFirst(".deck-buttons").hasAttr("hidden"));
        assertEquals(List.of("Feature Store", "Guide", "Training Workflows", "Model Endpoints", "Monitoring in Production"),
                page.select("#flashcard-list > h2 > a").eachText());
        assertEquals("./assets/flashcards.js", page.selectFirst("script[src$=flashcards.js]").attr("src"));
        assertEquals("./assets/flashcards.css", page.selectFirst("link[href$=flashcards.css]").attr("href"));
        assertTrue(Files.exists(site.out().resolve("assets/flashcards.css")));
        assertTrue(!Files.exists(site.out().resolve("flashcards.tsv")), "the Anki file is made in the browser, from the pages");
    }
}
