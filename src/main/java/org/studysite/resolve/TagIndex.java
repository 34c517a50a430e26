package org.studysite.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.studysite.model.NoteId;
import org.studysite.model.Tag;
import org.studysite.model.TagPlace;
import org.studysite.model.TaggedRegion;

/**
 * Every tag's places across the vault, in note order. A region inside another region of the same
 * tag in the same note is nested under the outermost one, so it is listed once, under its parent.
 */
final class TagIndex {

    SortedMap<Tag, List<TagPlace>> build(SortedMap<NoteId, List<TaggedRegion>> regionsByNote) {
        SortedMap<Tag, List<TagPlace>> index = new TreeMap<>();
        regionsByNote.forEach((note, regions) -> {
            SortedMap<Tag, List<TaggedRegion>> byTag = new TreeMap<>();
            regions.forEach(r -> byTag.computeIfAbsent(r.tag(), t -> new ArrayList<>()).add(r));
            byTag.forEach((tag, same) -> index.computeIfAbsent(tag, t -> new ArrayList<>()).addAll(nest(note, same)));
        });
        return index;
    }

    /** Regions in document order; each one enclosed by an earlier kept one becomes its child. */
    static List<TagPlace> nest(NoteId note, List<TaggedRegion> regions) {
        List<TaggedRegion> parents = new ArrayList<>();
        List<List<TaggedRegion>> children = new ArrayList<>();
        for (TaggedRegion r : regions) {
            int parent = -1;
            for (int i = 0; i < parents.size() && parent < 0; i++) {
                if (parents.get(i).encloses(r)) parent = i;
            }
            if (parent >= 0) {
                children.get(parent).add(r);
            } else {
                parents.add(r);
                children.add(new ArrayList<>());
            }
        }
        List<TagPlace> places = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) places.add(new TagPlace(note, parents.get(i), children.get(i)));
        return places;
    }
}
