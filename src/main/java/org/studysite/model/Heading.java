package org.studysite.model;

import java.util.List;

/**
 * A heading as the reader sees it: {@code text} has the tag syntax removed, {@code id} is the
 * GitHub-style anchor computed on that text, unique within its page.
 */
public record Heading(int level, String text, String id, List<Tag> tags, int line) {
    public Heading {
        tags = List.copyOf(tags);
    }
}
