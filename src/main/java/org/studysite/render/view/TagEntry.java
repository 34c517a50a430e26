package org.studysite.render.view;

import java.util.List;

/**
 * A tagged place on a tag page: label (heading or block label), heading path, excerpt and a link to
 * the exact heading or block. {@code nested} holds same-tag places inside it.
 */
public record TagEntry(String label, String headingPath, String scope, String excerpt, String href,
                       List<TagEntry> nested) {
    public TagEntry {
        nested = List.copyOf(nested);
    }
}
