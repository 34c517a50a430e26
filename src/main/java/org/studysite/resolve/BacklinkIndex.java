package org.studysite.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.studysite.model.Backlink;
import org.studysite.model.LinkTarget;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.RawLink;

/** Links into each note from other notes, one per linking section, in source order. */
final class BacklinkIndex {

    SortedMap<NoteId, List<Backlink>> build(List<Note> notes, SortedMap<NoteId, SortedMap<String, LinkTarget>> links) {
        // A set per target keeps "once per linking section" O(1) even for a note that thousands link to.
        SortedMap<NoteId, java.util.LinkedHashSet<Backlink>> sets = new TreeMap<>();
        for (Note source : notes) {
            for (RawLink link : source.links()) {
                if (!(links.get(source.id()).get(link.destination()) instanceof LinkTarget.NoteTarget target)
                        || target.note().equals(source.id())) {
                    continue;
                }
                String sectionText = source.headings().stream().filter(h -> h.id().equals(link.sectionId()))
                        .map(h -> h.text()).findFirst().orElse("");
                Backlink backlink = new Backlink(source.id(), link.sectionId(), sectionText);
                sets.computeIfAbsent(target.note(), t -> new java.util.LinkedHashSet<>()).add(backlink);
            }
        }
        SortedMap<NoteId, List<Backlink>> backlinks = new TreeMap<>();
        sets.forEach((note, set) -> backlinks.put(note, new ArrayList<>(set)));
        return backlinks;
    }
}
