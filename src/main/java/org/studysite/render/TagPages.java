package org.studysite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studysite.model.Library;
import org.studysite.model.NoteId;
import org.studysite.model.SitePath;
import org.studysite.model.Tag;
import org.studysite.model.TagPlace;
import org.studysite.model.TagScope;
import org.studysite.model.TaggedRegion;
import org.studysite.render.view.TagEntry;
import org.studysite.render.view.TagGroup;
import org.studysite.render.view.TagPageView;

/** A tag's page: its places grouped by note, each with heading path, excerpt and a deep link. */
final class TagPages {

    TagPageView view(Library library, Tag tag, List<TagPlace> places) {
        SitePath path = new SitePath(SiteViews.tagPath(tag));
        Map<NoteId, List<TagEntry>> byNote = new LinkedHashMap<>();
        for (TagPlace place : places) {
            List<TagEntry> nested = place.nested().stream().map(r -> entry(library, path, place.note(), r, List.of())).toList();
            byNote.computeIfAbsent(place.note(), n -> new ArrayList<>())
                    .add(entry(library, path, place.note(), place.region(), nested));
        }
        List<TagGroup> groups = new ArrayList<>();
        byNote.forEach((note, entries) -> groups.add(new TagGroup(library.note(note).title(),
                path.relativeUrlTo(library.pages().get(note)), entries)));
        return new TagPageView(path.value(), path.rootPath(), "#" + tag.name(), tag.name(), SiteViews.count(places), groups,
                path.relativeUrlTo(CheatSheetPages.tagSheet(tag)));
    }

    private static TagEntry entry(Library library, SitePath from, NoteId note, TaggedRegion r, List<TagEntry> nested) {
        String href = from.relativeUrlTo(library.pages().get(note)) + (r.anchor().isEmpty() ? "" : "#" + r.anchor());
        return new TagEntry(label(r), headingPath(r), scopeName(r.scope()), r.excerpt(), href, nested);
    }

    /** How a place is named: its heading or block label. */
    static String label(TaggedRegion r) {
        return r.scope() == TagScope.NOTE ? "Whole note" : r.label();
    }

    /** The headings above a place (a section's own heading is its label, so it is left out). */
    static String headingPath(TaggedRegion r) {
        List<String> path = r.scope() == TagScope.BLOCK ? r.headingPath()
                : r.headingPath().subList(0, Math.max(0, r.headingPath().size() - 1));
        return String.join(" › ", path);
    }

    private static String scopeName(TagScope scope) {
        return switch (scope) {
            case NOTE -> "note";
            case SECTION, NAMED_SECTION -> "section";
            case BLOCK -> "block";
        };
    }
}
