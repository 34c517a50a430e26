package org.studysite.render.view;

import java.util.List;

/**
 * One table on the comparisons page. {@code id} is its stable anchor there, {@code href} the table in
 * its note (relative to the comparisons page). {@code tagNames} and {@code noteKey} are what the
 * filter matches, space-separated and as the note select's value.
 */
public record ComparisonEntry(String id, String caption, String noteTitle, String noteHref, String noteKey,
                              String href, List<LinkView> tags, String tagNames, List<String> header,
                              List<List<String>> rows) {
    public ComparisonEntry {
        tags = List.copyOf(tags);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
