package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** topics.html over the fixture vault: every body heading once, one entry per topic, A to Z. */
class TopicIndexTest extends FixtureSite {
    Document topics;

    @BeforeAll
    void readPages() {
        topics = site.page("topics.html");
    }

    private Element entry(String name) {
        return topics.select(".topic-list > div").stream().filter(t -> t.selectFirst("dt").ownText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no topic " + name + " in " + topics.select(".topic-list dt").eachText()));
    }

    @Test
    void theSameTopicInSeveralNotesIsOneEntryWithEveryPlace() {
        assertEquals(List.of("notes/training.html#sagemaker-model-monitor", "notes/ops/monitoring.html#sagemaker-model-monitor",
                "notes/ops/monitoring.html#77-sagemaker-model-monitor"), entry("SageMaker Model Monitor").select("dd a").eachAttr("href"));
        assertTrue(topics.select(".topic-list dt").eachText().stream().noneMatch(t -> t.startsWith("7.7")), "numbering is not part of a topic's name");
        assertEquals(List.of("Guide › 📦 Deployment Module", "Model Endpoints › Batch Processing"),
                entry("Batch Transform").select("dd a").eachText(), "each place names its note and parent headings");
    }

    @Test
    void everyBodyHeadingOfEveryNoteIsListedOnce() {
        List<String> fromPages = new ArrayList<>();
        for (String page : site.htmlPages()) {
            if (!page.startsWith("notes/")) continue;
            for (Element a : site.page(page).select("nav.toc a")) fromPages.add(page + a.attr("href"));
        }
        List<String> listed = topics.select(".topic-list dd a").eachAttr("href").stream().sorted().toList();
        assertEquals(fromPages.stream().sorted().toList(), listed);
    }

    @Test
    void lettersRunAToZAndTopicsAreSortedWithinThem() {
        List<String> letters = topics.select(".topic-letter h2").eachText();
        assertEquals(letters.stream().sorted().toList(), letters);
        assertEquals(letters, topics.select(".topic-letters a").eachText(), "the letter bar lists the same letters");
        for (Element letter : topics.select(".topic-letter")) {
            // Topics sort by their key: lower case, punctuation as spaces (TopicKey).
            List<String> keys = letter.select(".topic-list dt").stream()
                    .map(dt -> dt.ownText().toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip()).toList();
            assertEquals(keys.stream().sorted().toList(), keys);
            assertTrue(keys.stream().allMatch(k -> k.toUpperCase().startsWith(letter.selectFirst("h2").text())), keys.toString());
        }
    }
}
