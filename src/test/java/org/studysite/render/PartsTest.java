package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.studysite.model.SitePath;
import org.studysite.render.view.PartLink;

class PartsTest {

    @Test
    void partsStayWithinTheBudgetUnlessOneItemIsLarger() {
        List<Integer> weights = List.of(40, 40, 40, 150, 10, 10);
        List<List<Integer>> parts = Parts.split(weights, w -> w, 100);
        assertEquals(List.of(List.of(40, 40), List.of(40), List.of(150), List.of(10, 10)), parts);
        assertEquals(List.of(List.of()), Parts.split(List.<Integer>of(), w -> w, 100), "an empty list is one empty part");
    }

    @Test
    void partPathsAreNumberedAfterTheFirst() {
        SitePath first = new SitePath("tags/exam-tip.html");
        assertEquals("tags/exam-tip.html", Parts.path(first, 0).value());
        assertEquals("tags/exam-tip.2.html", Parts.path(first, 1).value());
        assertEquals(List.of("1–2", "3", "4–6"), Parts.ranges(List.of(List.of(1, 2), List.of(3), List.of(4, 5, 6))));
    }

    /** A pager lists a bounded number of parts, however many there are: its page must not grow with the vault. */
    @Test
    void thePagerIsBounded() {
        SitePath first = new SitePath("flashcards.html");
        List<String> labels = IntStream.rangeClosed(1, 2000).mapToObj(String::valueOf).toList();
        List<PartLink> pager = Parts.pager(first, 2000, 999, labels);
        assertEquals(List.of(1, 997, 998, 999, 1000, 1001, 1002, 1003, 2000), pager.stream().map(PartLink::number).toList());
        assertTrue(pager.get(1).gapBefore() && pager.get(8).gapBefore() && !pager.get(2).gapBefore());
        assertEquals("flashcards.1000.html", pager.get(4).href());
        assertTrue(pager.get(4).current());
        assertEquals(List.of(), Parts.pager(first, 1, 0, List.of("1")), "one part, no pager");
    }
}
