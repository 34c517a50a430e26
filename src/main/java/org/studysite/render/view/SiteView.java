package org.studysite.render.view;

import java.util.List;

/**
 * What every page shows: the site title and the navigation: folders with their counts (and their
 * notes in a small vault), bounded however large the vault; {@code allNotesPath} lists every note,
 * for readers without JavaScript and for larger vaults. Paths are site-root relative.
 */
public record SiteView(String title, List<NavGroup> nav, String allNotesPath, int noteCount) {
    public SiteView {
        nav = List.copyOf(nav);
    }
}
