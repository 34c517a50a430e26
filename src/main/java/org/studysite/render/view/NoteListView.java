package org.studysite.render.view;

import java.util.List;

/** One part of the list of all notes, by folder in navigation order; {@code count} counts all notes. */
public record NoteListView(String path, String rootPath, String title, int count, List<NoteFolder> folders,
                           List<PartLink> parts) {
    public NoteListView {
        folders = List.copyOf(folders);
        parts = List.copyOf(parts);
    }
}
