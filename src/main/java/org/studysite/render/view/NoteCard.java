package org.studysite.render.view;

import java.util.List;

/** A note on the home page: title, subtitle or first sentence, section count and its tags with counts. */
public record NoteCard(String title, String summary, String path, String folder, int sections, List<TagCount> tags) {
    public NoteCard {
        tags = List.copyOf(tags);
    }
}
