package org.studysite.search;

import java.util.List;

/**
 * One searchable section. {@code ord} is its position in the index (also its Lucene doc id, which
 * the browser uses to break ties the way Lucene does); {@code url} is site-root relative with the
 * section's anchor.
 */
public record SearchDocument(int ord, String url, String noteTitle, String heading, List<String> path,
                             List<String> tags, String text, String code) {
    public SearchDocument {
        path = List.copyOf(path);
        tags = List.copyOf(tags);
    }
}
