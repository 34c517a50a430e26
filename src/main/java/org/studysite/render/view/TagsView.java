package org.studysite.render.view;

import java.util.List;

/** The tags index: every tag with its count. */
public record TagsView(String path, String rootPath, String title, List<TagCount> tags) {
    public TagsView {
        tags = List.copyOf(tags);
    }
}
