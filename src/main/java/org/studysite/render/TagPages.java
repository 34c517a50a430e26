package org.studysite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studysite.markdown.PlainText;
import org.studysite.model.Library;
import org.studysite.model.NoteId;
import org.studysite.model.SitePath;
import org.studysite.model.Tag;
import org.studysite.model.TagPlace;
import org.studysite.model.TagScope;
import org.studysite.model.TaggedRegion;
import org.studysite.render.view.PackedPart;
import org.studysite.render.view.TagEntry;
import org.studysite.render.view.TagGroup;
import org.studysite.render.view.TagPageView;
import org.studysite.url.Hrefs;
import org.studysite.url.SitePaths;

/** A tag's page: its places grouped by note, each with heading path, excerpt and a deep link; split into parts when long. */
final class TagPages {
    /**
     * How much of a place's text its entry shows. The label and heading path already say what the place
     * is; a line of text is enough to recognise it, and the excerpts were a third of a tag page's bytes.
     */
    static final int EXCERPT_CHARS = 100;

    /** The tag's page, split into parts of bounded size when the tag has many places. */
    List<PlannedPage> plan(Library library, Tag tag, List<TagPlace> places) {
        SitePath first = SitePaths.tag(tag);
        List<List<TagPlace>> parts = Parts.split(places, TagPages::weight);
        List<String> labels = Parts.ranges(parts);
        List<PlannedPage> pages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SitePath path = Parts.path(first, i);
            String title = "#" + tag.name() + (parts.size() < 2 ? "" : " (part " + (i + 1) + " of " + parts.size() + ")");
            SitePath script = Parts.listScript(path, parts.size());
            TagPageView view = new TagPageView(Hrefs.fromRoot(path), path.rootPath(), title, tag.name(),
                    SiteViews.count(places), groups(library, path, parts.get(i)), Hrefs.between(path, SitePaths.tagSheet(tag)),
                    Parts.pager(first, parts.size(), i, labels), script == null ? "" : Hrefs.between(path, script));
            pages.add(new PlannedPage(path, "tag.ftlh", view));
            if (script != null) pages.add(new PlannedPage(script, "tag-list.ftlh", new PackedPart(view)));
        }
        return pages;
    }

    private static int weight(TagPlace place) {
        int w = Parts.weigh(place.region().label(), excerpt(place.region()), String.join(" ", place.region().headingPath()));
        for (TaggedRegion r : place.nested()) w += Parts.weigh(r.label(), excerpt(r), String.join(" ", r.headingPath()));
        return w;
    }

    private static List<TagGroup> groups(Library library, SitePath path, List<TagPlace> places) {
        Map<NoteId, List<TagEntry>> byNote = new LinkedHashMap<>();
        for (TagPlace place : places) {
            List<TagEntry> nested = place.nested().stream().map(r -> entry(library, path, place.note(), r, List.of())).toList();
            byNote.computeIfAbsent(place.note(), n -> new ArrayList<>())
                    .add(entry(library, path, place.note(), place.region(), nested));
        }
        List<TagGroup> groups = new ArrayList<>();
        byNote.forEach((note, entries) -> groups.add(new TagGroup(library.note(note).title(),
                Hrefs.between(path, library.pages().get(note)), entries)));
        return groups;
    }

    private static TagEntry entry(Library library, SitePath from, NoteId note, TaggedRegion r, List<TagEntry> nested) {
        String href = Hrefs.between(from, library.pages().get(note), r.anchor());
        return new TagEntry(label(r), headingPath(r), scopeName(r.scope()), excerpt(r), href, nested);
    }

    private static String excerpt(TaggedRegion r) {
        return PlainText.shorten(r.excerpt(), EXCERPT_CHARS);
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
