package org.studysite.render.view;

import java.util.List;

/**
 * A folder of the vault in the navigation; {@code name} is empty for notes at the vault root.
 * {@code open} groups always list their notes; in a large vault (see SiteViews) the others list
 * them only on pages inside that folder ({@code key} equals the page's {@code navFolder}), and
 * elsewhere show as one link to {@code firstPath}, so page size does not grow with the square of
 * the vault.
 */
public record NavGroup(String name, String key, boolean open, String firstPath, List<NavItem> notes) {
    public NavGroup {
        notes = List.copyOf(notes);
    }
}
