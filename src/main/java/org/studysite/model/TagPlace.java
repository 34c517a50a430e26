package org.studysite.model;

import java.util.List;

/** A tagged region of a note, with the regions of the same tag nested inside it (listed under it, never twice). */
public record TagPlace(NoteId note, TaggedRegion region, List<TaggedRegion> nested) {
    public TagPlace {
        nested = List.copyOf(nested);
    }
}
