package org.studysite.render.view;

import java.util.List;

/** What every page shows: the site title, the navigation (notes grouped by folder) and all tags. Paths are site-root relative. */
public record SiteView(String title, List<NavGroup> nav, List<TagCount> tags) {
    public SiteView {
        nav = List.copyOf(nav);
        tags = List.copyOf(tags);
    }
}
