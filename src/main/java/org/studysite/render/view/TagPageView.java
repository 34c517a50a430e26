package org.studysite.render.view;

import java.util.List;

/** One tag's page: every place carrying it, grouped by note, and a link to the tag's printable cheat sheet. */
public record TagPageView(String path, String rootPath, String title, String tag, int count, List<TagGroup> groups,
                          String cheatSheetHref) {
    public TagPageView {
        groups = List.copyOf(groups);
    }
}
