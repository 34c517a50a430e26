package org.studysite.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * All notes plus what is known only across the vault. Relations are by id; every map that reaches
 * output is sorted, so output order never depends on hashing.
 *
 * @param notes     every note, the home intro included, sorted by id
 * @param home      the vault's root index.md, shown as the home page's intro
 * @param pages     where each note is written
 * @param links     per note: raw link destination to its target
 * @param backlinks per note: links into it from other notes
 * @param regions   per note: every tagged region, including headings that name a tag
 * @param tags      per tag: its places, parents before nested regions
 * @param topics    per normalised heading: its places in two or more notes
 * @param assets    vault files that notes reference, to be copied into the site
 */
public record Library(List<Note> notes, Optional<NoteId> home, SortedMap<NoteId, SitePath> pages,
                      SortedMap<NoteId, SortedMap<String, LinkTarget>> links,
                      SortedMap<NoteId, List<Backlink>> backlinks,
                      SortedMap<NoteId, List<TaggedRegion>> regions, SortedMap<Tag, List<TagPlace>> tags,
                      SortedMap<String, List<TopicPlace>> topics, List<String> assets) {
    public Library {
        notes = List.copyOf(notes);
        for (int i = 1; i < notes.size(); i++) {
            if (notes.get(i - 1).id().compareTo(notes.get(i).id()) >= 0) throw new IllegalArgumentException("notes must be sorted by id");
        }
        assets = List.copyOf(assets);
    }

    /** The note with this id; {@code notes} is sorted by id, so a binary search finds it. */
    public Note note(NoteId id) {
        int low = 0;
        int high = notes.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = notes.get(mid).id().compareTo(id);
            if (c == 0) return notes.get(mid);
            if (c < 0) low = mid + 1; else high = mid - 1;
        }
        throw new IllegalArgumentException("no note " + id);
    }

    /** The tags of every region of the note that covers {@code line} (note-wide tags included), sorted. */
    public List<Tag> tagsAt(NoteId note, int line) {
        return regions.getOrDefault(note, List.of()).stream()
                .filter(r -> r.startLine() <= line && line <= r.endLine())
                .map(TaggedRegion::tag).distinct().sorted().toList();
    }

    /** This library with its notes' search texts dropped ({@link Note#withoutTexts}), for the stages after search. */
    public Library withoutSearchTexts() {
        return new Library(notes.stream().map(Note::withoutTexts).toList(), home, pages, links, backlinks, regions, tags,
                topics, assets);
    }

    /** Notes that get a page of their own, in navigation order. */
    public List<Note> pageNotes() {
        return notes.stream().filter(n -> home.map(h -> !h.equals(n.id())).orElse(true)).toList();
    }

    public LinkTarget target(NoteId from, String destination) {
        return links.getOrDefault(from, java.util.Collections.emptySortedMap())
                .getOrDefault(destination, new LinkTarget.MissingTarget(destination));
    }

}
