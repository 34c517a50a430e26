package org.studysite.render.view;

import java.util.List;

/**
 * What every page shows: the site title and the navigation: folders with their counts (and their
 * notes in a small vault), bounded however large the vault; {@code allNotesPath} lists every note,
 * for readers without JavaScript and for larger vaults. In a large vault {@code nav} is empty and
 * {@code folderScript} (null in a small one) is the shared script that lists the folders. Paths are
 * site-root relative.
 */
public record SiteView(String title, List<NavGroup> nav, String folderScript, String allNotesPath, int noteCount) {
    public SiteView {
        nav = List.copyOf(nav);
    }
}
