package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.Tag;
import org.studysite.model.TagPlace;
import org.studysite.model.TaggedRegion;
import org.studysite.render.view.TagCount;
import org.studysite.url.Hrefs;
import org.studysite.url.SitePaths;

/**
 * Site-wide views: navigation order (notes at the vault root first, then each folder, names
 * compared case-insensitively) and tag counts. Previous/next follow the navigation order.
 */
final class SiteViews {
    static final String DEFAULT_TITLE = "Study Notes";

    static String title(Library library) {
        return library.home().map(id -> library.note(id).title()).orElse(DEFAULT_TITLE);
    }

    /** Notes with pages, in navigation order. */
    List<Note> ordered(Library library) {
        return library.pageNotes().stream()
                .sorted(java.util.Comparator.comparing((Note n) -> !n.id().folder().isEmpty())
                        .thenComparing(n -> n.id().folder().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(n -> n.title().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Note::id))
                .toList();
    }

    static String folderName(String folder) {
        return folder.replace("/", " / ");
    }

    List<TagCount> tagCounts(Library library) {
        List<TagCount> counts = new ArrayList<>();
        library.tags().forEach((tag, places) -> counts.add(new TagCount(tag.name(), count(places), tagPath(tag))));
        return counts;
    }

    /** Every tagged place counts once, nested ones included. */
    static int count(List<TagPlace> places) {
        return places.stream().mapToInt(p -> 1 + p.nested().size()).sum();
    }

    /** A tag page's href from the site root. */
    static String tagPath(Tag tag) {
        return Hrefs.fromRoot(SitePaths.tag(tag));
    }

    /** A note's own tags with how many places in it carry each, by tag name. */
    static List<TagCount> noteTagCounts(Library library, NoteId note) {
        SortedMap<Tag, Integer> counts = new TreeMap<>();
        for (TaggedRegion r : library.regions().getOrDefault(note, List.of())) counts.merge(r.tag(), 1, Integer::sum);
        List<TagCount> list = new ArrayList<>();
        counts.forEach((tag, n) -> list.add(new TagCount(tag.name(), n, tagPath(tag))));
        return list;
    }
}
