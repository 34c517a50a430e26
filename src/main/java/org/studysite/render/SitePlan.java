package org.studysite.render;

import java.util.List;
import org.studysite.render.view.SiteView;

/** Every page of the site, and what every page shows (the {@code site} root of the templates). */
public record SitePlan(SiteView site, List<PlannedPage> pages) {
    public SitePlan {
        pages = List.copyOf(pages);
    }
}
