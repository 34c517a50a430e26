package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Note pages list sections of other notes that MoreLikeThis finds alike, built over the fixture vault. */
class RelatedSectionsTest extends FixtureSite {

    private List<String> related(String page) {
        return site.page(page).select("section.related a").eachAttr("href");
    }

    @Test
    void theSameTopicElsewhereIsFoundAmongTheFirst() {
        List<String> monitoring = related("notes/ops/monitoring.html");
        assertTrue(monitoring.subList(0, 2).containsAll(List.of("../training.html#sagemaker-model-monitor",
                "../guide.html#12-model-monitor")), monitoring.toString());
        assertTrue(related("notes/starts-deep.html").get(0).endsWith("guide.html#02-feature-store"),
                "the Feature Store note relates first to the guide's Feature Store section");
    }

    @Test
    void atMostFiveFromOtherNotesAtMostTwoFromEach() {
        int pagesWithRelated = 0;
        for (String page : site.htmlPages()) {
            if (!page.startsWith("notes/")) continue;
            List<String> links = related(page);
            if (!links.isEmpty()) pagesWithRelated++;
            assertTrue(links.size() <= 5, page + ": " + links);
            String own = page.substring(page.lastIndexOf('/') + 1);
            Map<String, Long> perNote = links.stream().map(h -> h.replaceAll("#.*", ""))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertTrue(perNote.keySet().stream().noneMatch(n -> n.endsWith("/" + own) || n.equals(own)), page + " lists itself: " + links);
            assertTrue(perNote.values().stream().allMatch(c -> c <= 2), page + ": " + perNote);
            Document doc = site.page(page);
            assertEquals(links.size(), doc.select("section.related li").size());
        }
        assertTrue(pagesWithRelated >= 5, "most notes have related sections: " + pagesWithRelated);
    }
}
