package org.studysite.render.view;

import java.util.List;

/**
 * One tag's page (or one part of it, {@code parts} linking them; {@code count} counts all places): every
 * place carrying it, grouped by note, and a link to the tag's printable cheat sheet. A part's places are
 * in {@code listScript} (relative to the page) when the tag is split, else it is empty.
 */
public record TagPageView(String path, String rootPath, String title, String tag, int count, List<TagGroup> groups,
                          String cheatSheetHref, List<PartLink> parts, String listScript) {
    public TagPageView {
        groups = List.copyOf(groups);
        parts = List.copyOf(parts);
    }
}
