package org.studysite.render.view;

import java.util.List;

/**
 * A note's printed regions as one script shared by every cheat sheet that shows them
 * ({@code cheatsheets/regions/…js}): scripts load from file://, where fetch does not.
 */
public record RegionScriptView(String path, String rootPath, List<RegionHtml> regions) {
    public RegionScriptView {
        regions = List.copyOf(regions);
    }
}
