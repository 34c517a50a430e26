package org.studysite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.Tag;
import org.studysite.model.TagPlace;
import org.studysite.model.TaggedRegion;
import org.studysite.render.view.NavGroup;
import org.studysite.render.view.NavItem;
import org.studysite.render.view.SiteView;
import org.studysite.render.view.TagCount;

/**
 * Site-wide views: navigation order (notes at the vault root first, then each folder, names
 * compared case-insensitively) and tag counts. Previous/next follow the navigation order.
 */
final class SiteViews {
    static final String DEFAULT_TITLE = "Study Notes";
    /** Up to this many notes every page lists every note; beyond it, other folders fold to one link. */
    static final int FULL_NAV_NOTES = 300;

    SiteView site(Library library) {
        String title = library.home().map(id -> library.note(id).title()).orElse(DEFAULT_TITLE);
        return new SiteView(title, nav(library), tagCounts(library));
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

    private List<NavGroup> nav(Library library) {
        Map<String, List<NavItem>> groups = new LinkedHashMap<>();
        for (Note note : ordered(library)) {
            groups.computeIfAbsent(note.id().folder(), f -> new ArrayList<>())
                    .add(new NavItem(note.title(), library.pages().get(note.id()).value()));
        }
        List<NavGroup> nav = new ArrayList<>();
        boolean small = library.pageNotes().size() <= FULL_NAV_NOTES;
        groups.forEach((folder, items) -> nav.add(new NavGroup(folderName(folder), folder, small || folder.isEmpty(),
                items.get(0).path(), items)));
        return nav;
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

    static String tagPath(Tag tag) {
        return "tags/" + tag.name() + ".html";
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
