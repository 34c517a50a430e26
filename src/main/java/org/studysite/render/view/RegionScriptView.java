package org.studysite.render.view;

import java.util.List;

/**
 * A note's printed regions as one script shared by every cheat sheet that shows them
 * ({@code cheatsheets/regions/…js}): scripts load from file://, where fetch does not. Besides the
 * regions' HTML it holds what a sheet's region header needs, once per note: the note's
 * {@code title}, its {@code page} (relative to the site root) and its {@code places}. Written compressed
 * (a note's HTML deflates to about a fifth), inflated by the page.
 */
public record RegionScriptView(String path, String rootPath, String title, String page, List<RegionPlace> places,
                               List<RegionHtml> regions) implements PackedView {
    public RegionScriptView {
        places = List.copyOf(places);
        regions = List.copyOf(regions);
    }

    /** The page function the script calls (assets/cheatsheet.js). */
    @Override
    public String callback() {
        return "studysiteRegions";
    }
}
