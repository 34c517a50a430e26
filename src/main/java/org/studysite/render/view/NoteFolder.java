package org.studysite.render.view;

import java.util.List;

/** A folder's notes on one part of the list of all notes; {@code id} is the anchor the navigation links to. */
public record NoteFolder(String label, String id, int count, boolean continued, List<NoteCard> notes) {
    public NoteFolder {
        notes = List.copyOf(notes);
    }
}
