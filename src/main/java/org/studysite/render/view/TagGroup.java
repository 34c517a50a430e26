package org.studysite.render.view;

import java.util.List;

/** A note's places on a tag page. */
public record TagGroup(String noteTitle, String href, List<TagEntry> entries) {
    public TagGroup {
        entries = List.copyOf(entries);
    }
}
