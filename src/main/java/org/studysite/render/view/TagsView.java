package org.studysite.render.view;

import java.util.List;

/** The tags index (or one part of it): every tag with its count. */
public record TagsView(String path, String rootPath, String title, List<TagCount> tags, List<PartLink> parts) {
    public TagsView {
        tags = List.copyOf(tags);
        parts = List.copyOf(parts);
    }
}
