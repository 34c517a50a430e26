package org.studysite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.studysite.model.NoteId;
import org.studysite.model.Tag;
import org.studysite.model.TaggedRegion;

/** A region printed on a cheat sheet with every tag found in it (its own and those of regions inside it). */
record SheetRegion(NoteId note, TaggedRegion region, List<Tag> tags) {
    SheetRegion {
        tags = List.copyOf(tags);
    }

    /**
     * A note's regions of all tags with those inside another region folded into it, in line order, so
     * a note's cheat sheet prints every tagged line once. Overlap counts as inside, so no line can repeat.
     */
    static List<SheetRegion> topLevel(NoteId note, List<TaggedRegion> regions) {
        List<TaggedRegion> sorted = regions.stream().sorted(Comparator.comparingInt(TaggedRegion::startLine)
                .thenComparing(Comparator.comparingInt(TaggedRegion::endLine).reversed())
                .thenComparing(TaggedRegion::scope)).toList();
        List<SheetRegion> tops = new ArrayList<>();
        TaggedRegion top = null;
        TreeSet<Tag> tags = new TreeSet<>();
        for (TaggedRegion r : sorted) {
            if (top != null && r.startLine() <= top.endLine()) {
                tags.add(r.tag());
                continue;
            }
            if (top != null) tops.add(new SheetRegion(note, top, new ArrayList<>(tags)));
            top = r;
            tags = new TreeSet<>(List.of(r.tag()));
        }
        if (top != null) tops.add(new SheetRegion(note, top, new ArrayList<>(tags)));
        return tops;
    }
}
