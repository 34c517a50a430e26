package org.studysite.render;

import java.util.function.Supplier;
import org.studysite.model.SitePath;

/**
 * A page to write: where, with which template, from which view record. Views that carry rendered
 * note HTML (note pages, cheat sheets) are made only when the page is rendered ({@link #lazy}), so a
 * build holds the HTML of the pages being rendered, not of the whole site.
 */
public record PlannedPage(SitePath path, String template, Supplier<?> views) {

    public PlannedPage(SitePath path, String template, Object view) {
        this(path, template, () -> view);
    }

    static PlannedPage lazy(SitePath path, String template, Supplier<?> view) {
        return new PlannedPage(path, template, view);
    }

    public Object view() {
        return views.get();
    }
}
