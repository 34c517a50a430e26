package org.studysite.model;

import java.util.List;

/**
 * A pipe table: header cells and body rows as plain text, where it stands and under which heading.
 * {@code label} is the bold label of a paragraph standing just before it ("Comparison"), "" if none.
 * {@code anchor} is its page-unique id, allocated with the heading ids so the two never collide.
 */
public record Table(List<String> header, List<List<String>> rows, List<String> headingPath, String headingId,
                    int line, String label, String anchor) {
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        headingPath = List.copyOf(headingPath);
    }
}
