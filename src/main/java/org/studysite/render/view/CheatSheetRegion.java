package org.studysite.render.view;

import java.util.List;

/**
 * One tagged region printed in full on a cheat sheet: where it is ({@code noteTitle}, {@code headingPath},
 * {@code label}), its tag chips, a link back to the exact place ({@code backHref}) and its sanitised
 * content ({@code bodyHtml}, ids prefixed so they stay unique on the sheet).
 */
public record CheatSheetRegion(String noteTitle, String noteHref, String headingPath, String label,
                               List<TagCount> tags, String backHref, String bodyHtml) {
    public CheatSheetRegion {
        tags = List.copyOf(tags);
    }
}
