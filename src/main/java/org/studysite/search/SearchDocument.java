package org.studysite.search;

import org.studysite.model.NoteId;

import java.util.List;

/**
 * One searchable section. {@code ord} is its position in the index (also its Lucene doc id, which
 * the browser uses to break ties the way Lucene does); {@code url} is site-root relative with the
 * section's anchor ({@code anchor}, empty for a note's text before its first heading).
 */
public record SearchDocument(int ord, NoteId note, String anchor, String url, String noteTitle, String heading, List<String> path,
                             List<String> tags, String text, String code) {
    public SearchDocument {
        path = List.copyOf(path);
        tags = List.copyOf(tags);
    }
}
