package org.studysite.model;

import java.util.List;

/**
 * A heading and everything under it until the next heading of the same or a higher level.
 * {@code path} holds the texts of the enclosing headings, outermost first, then this one.
 * {@code bodyEndLine} is where its own text stops (the next heading of any level).
 */
public record Section(Heading heading, List<String> path, int startLine, int bodyEndLine, int endLine,
                      String excerpt) {
    public Section {
        path = List.copyOf(path);
    }
}
