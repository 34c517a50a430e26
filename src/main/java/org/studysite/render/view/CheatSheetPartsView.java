package org.studysite.render.view;

import java.util.List;

/**
 * A tag's cheat sheet that is too long to print as one: its printable parts (by folder, then by
 * size), each with its region count. {@code tagHref} leads to the tag's page.
 */
public record CheatSheetPartsView(String path, String rootPath, String title, String tag, String summary, String tagHref,
                                  List<LinkView> parts) {
    public CheatSheetPartsView {
        parts = List.copyOf(parts);
    }
}
