package org.studysite.render.view;

import java.util.List;

/**
 * A note in a list of notes: title, subtitle or first sentence, section count and its tags with
 * counts; {@code folder} is shown, {@code folderKey} is its vault path.
 */
public record NoteCard(String title, String summary, String path, String folder, String folderKey, int sections,
                       List<TagCount> tags) {
    public NoteCard {
        tags = List.copyOf(tags);
    }
}
