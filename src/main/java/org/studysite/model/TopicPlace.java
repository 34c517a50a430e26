package org.studysite.model;

import java.util.List;

/** Where a topic (a normalised heading) appears: a note and the heading's id, text and path. */
public record TopicPlace(NoteId note, String headingId, String headingText, List<String> path) {
    public TopicPlace {
        path = List.copyOf(path);
    }
}
