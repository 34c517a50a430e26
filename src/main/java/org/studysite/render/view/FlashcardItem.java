package org.studysite.render.view;

import java.util.List;

/** A card as its section lists it: front, back lines, and tags beyond its section's ("#gotcha", or ""). */
public record FlashcardItem(String front, List<String> back, String tags) {
    public FlashcardItem {
        back = List.copyOf(back);
    }
}
