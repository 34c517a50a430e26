package org.studysite.model;

import java.util.List;

/** A section of another note that reads like this one (found by the search stage's MoreLikeThis). */
public record RelatedSection(NoteId note, String anchor, List<String> path) {
    public RelatedSection {
        path = List.copyOf(path);
    }
}
