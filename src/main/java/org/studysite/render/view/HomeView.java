package org.studysite.render.view;

import java.util.List;

/**
 * The home page: the vault's intro (from index.md, may be empty, with its subtitle heading and
 * that heading's id, which tag pages link to, as on a note page), featured tags, the first notes
 * (all of them in a small vault) and the most used tags; {@code noteCount}/{@code tagCount} count
 * all, and {@code allNotesHref}/{@code allTagsHref} lead to the full lists. {@code deck} is the "N cards due"
 * link to the whole flashcard deck, null when no note has cards.
 */
public record HomeView(String path, String rootPath, String title, String titleId, String subtitle, String subtitleId,
                       String introHtml, List<NoteCard> notes,
                       int noteCount, String allNotesHref, List<TagCount> featured, List<TagCount> tags, int tagCount,
                       String allTagsHref, DeckLink deck) {
    public HomeView {
        notes = List.copyOf(notes);
        featured = List.copyOf(featured);
        tags = List.copyOf(tags);
    }
}
