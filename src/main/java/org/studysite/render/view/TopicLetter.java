package org.studysite.render.view;

import java.util.List;

/** One letter of the topic index; {@code id} is its anchor on the page. */
public record TopicLetter(String letter, String id, List<TopicEntry> entries) {
    public TopicLetter {
        entries = List.copyOf(entries);
    }
}
