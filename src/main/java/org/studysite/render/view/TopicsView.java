package org.studysite.render.view;

import java.util.List;

/** The topic index: letters A to Z (then "#"), each with its topics; {@code topics} counts them all. */
public record TopicsView(String path, String rootPath, String title, List<TopicLetter> letters, int topics) {
    public TopicsView {
        letters = List.copyOf(letters);
    }
}
