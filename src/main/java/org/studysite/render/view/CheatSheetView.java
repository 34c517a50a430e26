package org.studysite.render.view;

import java.util.List;

/**
 * A tag's printable cheat sheet (or one printable part of it): its places across notes.
 * {@code printStyleHtml} is CSS for a {@code <style>} element (the print header naming the sheet),
 * escaped so it cannot end the element. {@code backHref}/{@code backText} lead to the full tag page or note.
 * {@code wholeNotes} counts the notes a tag sheet's tag covers whole: not printed, listed on the tag page.
 */
public record CheatSheetView(String path, String rootPath, String title, String heading, String summary,
                             String backHref, String backText, String printStyleHtml, List<CheatSheetRegion> regions,
                             int wholeNotes) {
    public CheatSheetView {
        regions = List.copyOf(regions);
    }
}
