package org.studysite.render.view;

import java.util.List;

/**
 * A note's cards on a deck page: its id (what "?note=" names), title and page, the tags all of its
 * cards carry ("#exam-tip #important", or ""), and its sections with their cards.
 */
public record FlashcardNote(String id, String title, String href, String tags, List<FlashcardSection> sections) {
    public FlashcardNote {
        sections = List.copyOf(sections);
    }
}
