package org.studysite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.SitePath;
import org.studysite.model.Tag;
import org.studysite.model.TagPlace;
import org.studysite.model.TagScope;
import org.studysite.model.TaggedRegion;
import org.studysite.render.view.CheatSheetIndexView;
import org.studysite.render.view.CheatSheetPartsView;
import org.studysite.render.view.CheatSheetRegion;
import org.studysite.render.view.CheatSheetView;
import org.studysite.render.view.LinkView;
import org.studysite.render.view.TagCount;

/**
 * Printable cheat sheets: one per tag with the full content of its top-level places (nested places
 * are inside them, so nothing prints twice), one per note with its tagged sections and blocks, and an index.
 * Regions render in parallel; lists keep their order, so output stays deterministic.
 */
final class CheatSheetPages {
    static final String TEMPLATE = "cheatsheet.ftlh";
    private static final SitePath INDEX = new SitePath("cheatsheets/index.html");
    /** Characters of Markdown one printable sheet holds at most; a longer tag sheet splits into parts. */
    static final int SHEET_BUDGET = 200_000;
    /** What a region's header (note, heading path, tags, back link) costs on a sheet, in the same units. */
    private static final int REGION_COST = 700;
    private final NoteHtmlRenderer htmlRenderer;
    private final SiteViews siteViews;

    CheatSheetPages(NoteHtmlRenderer htmlRenderer, SiteViews siteViews) {
        this.htmlRenderer = htmlRenderer;
        this.siteViews = siteViews;
    }

    static SitePath tagSheet(Tag tag) {
        return new SitePath("cheatsheets/" + tag.name() + ".html");
    }

    /** The note's own cheat sheet, mirroring its page path: {@code cheatsheets/notes/deploy/endpoints.html}. */
    static SitePath noteSheet(Library library, NoteId note) {
        return new SitePath("cheatsheets/" + library.pages().get(note).value());
    }

    static boolean hasNoteSheet(Library library, NoteId note) {
        return !sheetRegions(library, note).isEmpty();
    }

    /**
     * What a note's own sheet prints: its tagged sections and blocks. A note-wide tag says what the
     * whole note is about; counting it would make the "cheat sheet" of the note the note itself.
     */
    private static List<TaggedRegion> sheetRegions(Library library, NoteId note) {
        return library.regions().getOrDefault(note, List.of()).stream().filter(r -> r.scope() != TagScope.NOTE).toList();
    }

    List<PlannedPage> plan(Library library, Map<String, String> topicEntries) {
        List<Note> sheetNotes = siteViews.ordered(library).stream().filter(n -> hasNoteSheet(library, n.id())).toList();
        List<PlannedPage> pages = new ArrayList<>(index(library, sheetNotes));
        // Line counts of notes, for the weight of their regions: counted once, not once per region of every tag.
        Map<NoteId, Integer> lines = new java.util.HashMap<>();
        library.tags().forEach((tag, places) -> pages.addAll(tagSheets(library, tag, printed(places),
                (int) places.stream().filter(p -> p.region().scope() == TagScope.NOTE).count(), lines, topicEntries)));
        for (Note note : sheetNotes) {
            SitePath path = noteSheet(library, note.id());
            pages.add(PlannedPage.lazy(path, TEMPLATE, () -> noteView(library, note, topicEntries)));
        }
        return pages;
    }

    /**
     * What a tag's sheet prints: its sections and blocks. A note-wide tag says what a whole note is
     * about; printing those notes in full would make the sheet of a tag on every note the whole vault
     * again (the tag's page lists them). Regions inside such a note print in its stead, each once.
     */
    private static List<TagPlace> printed(List<TagPlace> places) {
        List<TagPlace> printed = new ArrayList<>();
        for (TagPlace place : places) {
            if (place.region().scope() != TagScope.NOTE) {
                printed.add(place);
                continue;
            }
            List<TaggedRegion> kept = new ArrayList<>();
            for (TaggedRegion r : place.nested()) {
                if (kept.stream().noneMatch(k -> k.encloses(r))) kept.add(r);
            }
            kept.forEach(r -> printed.add(new TagPlace(place.note(), r, List.of())));
        }
        return printed;
    }

    /** The index, split like any long list: tags first, then the notes with a sheet of their own. */
    private List<PlannedPage> index(Library library, List<Note> sheetNotes) {
        List<Object> rows = new ArrayList<>();
        library.tags().forEach((tag, places) -> rows.add(new TagCount(tag.name(), places.size(), tagSheet(tag).value())));
        sheetNotes.forEach(rows::add);
        List<List<Object>> parts = Parts.split(rows, r -> r instanceof Note n ? Parts.weigh(n.title(), n.id().value()) : 120);
        List<String> labels = Parts.ranges(parts);
        List<PlannedPage> pages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SitePath path = Parts.path(INDEX, i);
            List<TagCount> tags = parts.get(i).stream().filter(TagCount.class::isInstance).map(TagCount.class::cast).toList();
            List<LinkView> notes = parts.get(i).stream().filter(Note.class::isInstance).map(Note.class::cast)
                    .map(n -> new LinkView(n.title(), SiteViews.folderName(n.id().folder()), path.relativeUrlTo(noteSheet(library, n.id()))))
                    .toList();
            String title = parts.size() < 2 ? "Cheat sheets" : "Cheat sheets (part " + (i + 1) + " of " + parts.size() + ")";
            pages.add(new PlannedPage(path, "cheatsheets.ftlh", new CheatSheetIndexView(path.value(), path.rootPath(), title, tags, notes,
                    Parts.pager(INDEX, parts.size(), i, labels))));
        }
        return pages;
    }

    /**
     * A tag's sheet; when its regions would not make a page of bounded size, printable parts, one
     * per folder (a large folder cut by size), under an index page at the sheet's usual path.
     */
    private List<PlannedPage> tagSheets(Library library, Tag tag, List<TagPlace> places, int wholeNotes,
                                        Map<NoteId, Integer> lines, Map<String, String> topicEntries) {
        SitePath first = tagSheet(tag);
        List<List<TagPlace>> parts = new ArrayList<>();
        long total = places.stream().mapToLong(p -> weight(library, p, lines)).sum();
        if (total <= SHEET_BUDGET) {
            parts.add(places);
        } else {
            Map<String, List<TagPlace>> byFolder = new LinkedHashMap<>();
            places.forEach(p -> byFolder.computeIfAbsent(p.note().folder(), f -> new ArrayList<>()).add(p));
            byFolder.values().forEach(inFolder -> parts.addAll(Parts.split(inFolder, p -> weight(library, p, lines), SHEET_BUDGET)));
        }
        long notes = places.stream().map(TagPlace::note).distinct().count();
        if (parts.size() == 1) {
            return List.of(PlannedPage.lazy(first, TEMPLATE, () -> tagView(library, tag, places, first, "", notes, wholeNotes, topicEntries)));
        }
        List<PlannedPage> pages = new ArrayList<>();
        List<LinkView> links = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<TagPlace> part = parts.get(i);
            SitePath path = Parts.numbered(first, i + 1);
            String folder = Navigation.label(part.get(0).note().folder());
            String label = folder + " (part " + (i + 1) + " of " + parts.size() + ")";
            long partNotes = part.stream().map(TagPlace::note).distinct().count();
            links.add(new LinkView(label, summary(part.size(), partNotes), first.relativeUrlTo(path)));
            pages.add(PlannedPage.lazy(path, TEMPLATE, () -> tagView(library, tag, part, path, " · " + label, partNotes, wholeNotes, topicEntries)));
        }
        pages.add(0, new PlannedPage(first, "cheatsheet-parts.ftlh", new CheatSheetPartsView(first.value(), first.rootPath(),
                "Cheat sheet #" + tag.name(), tag.name(), summary(places.size(), notes) + " in " + parts.size() + " printable parts",
                first.relativeUrlTo(new SitePath(SiteViews.tagPath(tag))), links)));
        return pages;
    }

    /** What a place costs on paper: its header and its share of its note's Markdown, by lines. */
    private static int weight(Library library, TagPlace place, Map<NoteId, Integer> lineCounts) {
        Note note = library.note(place.note());
        TaggedRegion r = place.region();
        if (r.scope() == TagScope.NOTE) return REGION_COST + note.markdown().length();
        int lines = lineCounts.computeIfAbsent(note.id(), id -> (int) Math.max(1, note.markdown().lines().count()));
        return REGION_COST + (int) ((long) (r.endLine() - r.startLine() + 1) * note.markdown().length() / lines);
    }

    private CheatSheetView tagView(Library library, Tag tag, List<TagPlace> places, SitePath path, String part, long notes,
                                   int wholeNotes, Map<String, String> topicEntries) {
        List<CheatSheetRegion> regions = IntStream.range(0, places.size()).parallel()
                .mapToObj(i -> region(library, path, new SheetRegion(places.get(i).note(), places.get(i).region(), List.of(tag)), i, topicEntries))
                .toList();
        return new CheatSheetView(path.value(), path.rootPath(), "Cheat sheet #" + tag.name() + part, "#" + tag.name() + part,
                summary(regions.size(), notes), path.relativeUrlTo(new SitePath(SiteViews.tagPath(tag))),
                "All places tagged #" + tag.name(), PrintHeader.css("#" + tag.name() + part), regions, wholeNotes);
    }

    private CheatSheetView noteView(Library library, Note note, Map<String, String> topicEntries) {
        SitePath path = noteSheet(library, note.id());
        List<SheetRegion> tops = SheetRegion.topLevel(note.id(), sheetRegions(library, note.id()));
        List<CheatSheetRegion> regions = IntStream.range(0, tops.size())
                .mapToObj(i -> region(library, path, tops.get(i), i, topicEntries)).toList();
        return new CheatSheetView(path.value(), path.rootPath(), "Cheat sheet: " + note.title(), note.title(),
                summary(regions.size(), 1), path.relativeUrlTo(library.pages().get(note.id())), "Full note",
                PrintHeader.css(note.title()), regions, 0);
    }

    private static String summary(int regions, long notes) {
        return regions + (regions == 1 ? " tagged region" : " tagged regions") + " from " + notes + (notes == 1 ? " note" : " notes");
    }

    /** Ids of the {@code index}-th region get prefix {@code r<index+1>-}: unique on the sheet, stable across builds. */
    private CheatSheetRegion region(Library library, SitePath sheet, SheetRegion r, int index, Map<String, String> topicEntries) {
        Note note = library.note(r.note());
        SitePath notePage = library.pages().get(r.note());
        String anchor = r.region().anchor();
        List<TagCount> chips = r.tags().stream().map(t -> new TagCount(t.name(), 0, SiteViews.tagPath(t))).toList();
        return new CheatSheetRegion(note.title(), sheet.relativeUrlTo(notePage), TagPages.headingPath(r.region()),
                TagPages.label(r.region()), chips, sheet.relativeUrlTo(notePage) + (anchor.isEmpty() ? "" : "#" + anchor),
                htmlRenderer.renderRegion(library, note, r.region(), sheet, "r" + (index + 1) + "-", topicEntries));
    }
}
