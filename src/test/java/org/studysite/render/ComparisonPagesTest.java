package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studysite.model.Table;

class ComparisonPagesTest {

    private static Table table(List<String> path, String label, int columns) {
        List<String> header = java.util.stream.IntStream.range(0, columns).mapToObj(i -> "C" + i).toList();
        return new Table(header, List.of(header), path, "", 1, label, "table-1");
    }

    @Test
    void comparisonsAreNamedSoOrHaveThreeColumns() {
        assertTrue(ComparisonPages.featured(table(List.of("Endpoint vs Batch"), "", 2)));
        assertTrue(ComparisonPages.featured(table(List.of("Notes", "Endpoint vs. Batch"), "", 2)));
        assertTrue(ComparisonPages.featured(table(List.of("Storage Comparison"), "", 2)));
        assertTrue(ComparisonPages.featured(table(List.of("Compare the stores"), "", 2)));
        assertTrue(ComparisonPages.featured(table(List.of("Stores"), "Comparison", 2)), "a bold label counts too");
        assertTrue(ComparisonPages.featured(table(List.of("Stores"), "", 3)));
        assertFalse(ComparisonPages.featured(table(List.of("Canvas and vSphere"), "", 2)), "whole words only");
        assertFalse(ComparisonPages.featured(table(List.of("Scenarios"), "", 2)));
    }

    @Test
    void captionIsHeadingPathThenLabelElseTheHeaderRow() {
        assertEquals("Model Training › Instance Sizes vs Cost › Comparison",
                ComparisonPages.caption(table(List.of("Model Training", "Instance Sizes vs Cost"), "Comparison", 2)));
        assertEquals("Scenarios", ComparisonPages.caption(table(List.of("Scenarios"), "", 2)));
        assertEquals("Pricing", ComparisonPages.caption(table(List.of(), "Pricing", 2)));
        assertEquals("C0 · C1", ComparisonPages.caption(table(List.of(), "", 2)));
    }
}
