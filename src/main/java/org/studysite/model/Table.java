package org.studysite.model;

import java.util.List;

/** A pipe table: header cells and body rows as plain text, where it stands and under which heading. */
public record Table(List<String> header, List<List<String>> rows, List<String> headingPath, String headingId,
                    int line) {
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        headingPath = List.copyOf(headingPath);
    }
}
