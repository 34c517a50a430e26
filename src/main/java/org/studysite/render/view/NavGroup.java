package org.studysite.render.view;

import java.util.List;

/**
 * A folder of the vault in the navigation. {@code label} names it ("aws / sagemaker", or
 * "Top-level notes" for the vault root), {@code key} is its vault path ("" for the root),
 * {@code count} its notes, {@code href} (site-root relative) its place in the list of all notes.
 * {@code notes} are listed only in a small vault, or on a page of that folder (a window around
 * the page's note, then {@code more}); elsewhere the group is one link: no page lists the whole vault.
 */
public record NavGroup(String label, String key, int count, String href, List<NavItem> notes, NavItem more) {
    public NavGroup {
        notes = List.copyOf(notes);
    }
}
