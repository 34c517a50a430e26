package org.studysite.render.view;

import java.util.List;

/** The cheat sheets index: one sheet per tag (with its count) and one per note that has tagged regions. */
public record CheatSheetIndexView(String path, String rootPath, String title, List<TagCount> tags, List<LinkView> notes) {
    public CheatSheetIndexView {
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
    }
}
