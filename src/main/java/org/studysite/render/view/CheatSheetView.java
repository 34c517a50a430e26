package org.studysite.render.view;

import java.util.List;

/**
 * A tag's printable cheat sheet (or one printable part of it). It lists no places itself: the page
 * script builds each from its note's region script. {@code scripts} are those scripts (relative to
 * the sheet, space-separated) and {@code places} the sheet's places in order as space-separated
 * pairs of script index and region anchor. {@code noteLinks} (one per note) and {@code backHref}
 * (the tag's page, which lists every place) are the sheet for readers without JavaScript.
 * {@code printStyleHtml} is CSS for a {@code <style>} element (the print header naming the sheet),
 * escaped so it cannot end the element. {@code wholeNotes} counts the notes the tag covers whole:
 * not printed, listed on the tag page.
 */
public record CheatSheetView(String path, String rootPath, String title, String heading, String summary,
                             String backHref, String backText, String printStyleHtml, String tag, String tagPath, String scripts,
                             String places, int placeCount, List<LinkView> noteLinks, int wholeNotes) {
    public CheatSheetView {
        noteLinks = List.copyOf(noteLinks);
    }
}
