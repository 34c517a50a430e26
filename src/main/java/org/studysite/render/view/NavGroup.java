package org.studysite.render.view;

import java.util.List;

/** A folder of the vault in the navigation; {@code name} is empty for notes at the vault root. */
public record NavGroup(String name, List<NavItem> notes) {
    public NavGroup {
        notes = List.copyOf(notes);
    }
}
