package org.studysite.render.view;

import java.util.List;

/**
 * One tagged place on a tag's cheat sheet: where it is ({@code noteTitle}, {@code headingPath},
 * {@code label}, which links to the exact place: {@code backHref}) and its tag chips. Its content is
 * filled in on the page from the note's region script ({@code script}, relative to the sheet): the
 * region {@code top}, cut down to the nested region {@code cut} when that is not empty.
 */
public record CheatSheetRegion(String noteTitle, String noteHref, String headingPath, String label,
                               List<TagCount> tags, String backHref, String script, String top, String cut) {
    public CheatSheetRegion {
        tags = List.copyOf(tags);
    }
}
