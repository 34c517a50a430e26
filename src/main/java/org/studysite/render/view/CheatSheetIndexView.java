package org.studysite.render.view;

import java.util.List;

/** The cheat sheets index (or one part of it): one sheet per tag (with its count) and one per note that has tagged regions. */
public record CheatSheetIndexView(String path, String rootPath, String title, List<TagCount> tags, List<LinkView> notes,
                                  List<PartLink> parts) {
    public CheatSheetIndexView {
        parts = List.copyOf(parts);
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
    }
}
