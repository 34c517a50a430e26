package org.studysite.render.view;

import java.util.List;

/**
 * One card. {@code id} is stable across rebuilds (note id, source line, kind and table row), so
 * progress saved under it survives; {@code back} holds one or more lines; {@code href} is
 * site-root relative and points at the card's source section; {@code tags} are sorted names.
 */
public record Flashcard(String id, String kind, String front, List<String> back, String note, String noteTitle,
                        String section, String href, List<String> tags) {
    public Flashcard {
        back = List.copyOf(back);
        tags = List.copyOf(tags);
    }
}
