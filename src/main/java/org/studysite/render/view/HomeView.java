package org.studysite.render.view;

import java.util.List;

/** The home page: the vault's intro (from index.md, may be empty), every note, featured and all tags. */
public record HomeView(String path, String rootPath, String title, String titleId, String introHtml, List<NoteCard> notes,
                       List<TagCount> featured, List<TagCount> tags) {
    public HomeView {
        notes = List.copyOf(notes);
        featured = List.copyOf(featured);
        tags = List.copyOf(tags);
    }
}
