package org.studysite.render.view;

import java.util.List;

/**
 * The comparisons page: every table of the vault, {@code featured} ones (comparisons by heading or
 * three or more columns) first, then {@code others}; {@code tags} and {@code notes} fill the filters.
 * A large vault's tables are split into parts: {@code count} tables on this one, {@code total} in all,
 * and a part's tables are then in {@code listScript} (relative to the page; empty when they are in the page).
 */
public record ComparisonsView(String path, String rootPath, String title, int count, int total, List<FilterOption> tags,
                              List<FilterOption> notes, List<ComparisonEntry> featured, List<ComparisonEntry> others,
                              List<PartLink> parts, String listScript) {
    public ComparisonsView {
        parts = List.copyOf(parts);
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
        featured = List.copyOf(featured);
        others = List.copyOf(others);
    }
}
