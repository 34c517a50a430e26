package org.studysite.render.view;

import java.util.List;

/** One tag's page: every place carrying it, grouped by note. */
public record TagPageView(String path, String rootPath, String title, String tag, int count, List<TagGroup> groups) {
    public TagPageView {
        groups = List.copyOf(groups);
    }
}
