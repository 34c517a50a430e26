package org.studysite.render.view;

import java.util.List;

/**
 * One part of the topic index: its letters with their topics; {@code letterLinks} jumps to every
 * letter on whichever part it starts; {@code topics} counts all topics of the vault. When the index is
 * split, a part's letters are in {@code listScript} (relative to the page), else it is empty.
 */
public record TopicsView(String path, String rootPath, String title, List<LinkView> letterLinks, List<TopicLetter> letters,
                         int topics, List<PartLink> parts, String listScript) {
    public TopicsView {
        letterLinks = List.copyOf(letterLinks);
        letters = List.copyOf(letters);
        parts = List.copyOf(parts);
    }
}
