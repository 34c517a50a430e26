package org.studysite.render.view;

import java.util.List;

/** The sidebar's folders for the shared navigation script of a large vault: label, key, count and href of each. */
public record NavFoldersView(List<NavGroup> folders) {
    public NavFoldersView {
        folders = List.copyOf(folders);
    }
}
