package org.studysite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.studysite.render.view.CheatSheetView;
import org.studysite.render.view.LinkView;
import org.studysite.render.view.RegionHtml;
import org.studysite.render.view.RegionPlace;
import org.studysite.render.view.RegionScriptView;
import org.studysite.render.view.TagCount;
import org.studysite.url.Hrefs;
import org.studysite.url.SitePaths;

/**
 * Printable cheat sheets without copies of the notes. A note's own sheet is its page in cheat-sheet
 * mode ({@code notes/x.html#cheatsheet}). A tag's sheet lists its places and fills in their content
 * from one shared script per note ({@code cheatsheets/regions/notes/x.js}), which holds each printed
 * line of the note once, however many sheets print it. Plus an index of both.
 */
final class CheatSheetPages {
    static final String TEMPLATE = "cheatsheet.ftlh";
    static final String REGIONS_TEMPLATE = "cheatsheet-regions.js.ftl";
    /** The fragment (and the id of the bar in note.ftlh) that opens a note page in cheat-sheet mode. */
    static final String NOTE_MODE = "cheatsheet";
    private static final SitePath INDEX = SitePaths.CHEAT_SHEETS;
    /** Region scripts link relative to the site root: a sheet at any depth puts its root path in front. */
    static final SitePath LINKS_FROM = SitePaths.HOME;
    /** Characters of Markdown one printable sheet holds at most; a longer tag sheet splits into parts. */
    static final int SHEET_BUDGET = 200_000;
    /** What a region's header (note, heading path, tags, back link) costs on a sheet, in the same units. */
    private static final int REGION_COST = 700;
    private final SiteViews siteViews;
    private final NoteBodies bodies;

    CheatSheetPages(SiteViews siteViews, NoteBodies bodies) {
        this.siteViews = siteViews;
        this.bodies = bodies;
    }

    /** The note's printed regions, shared by every sheet: {@code cheatsheets/regions/notes/deploy/endpoints.js}. */
    static SitePath regionScript(Library library, NoteId note) {
        return SitePaths.noteRegions(library.pages().get(note));
    }

    /** The note's page in cheat-sheet mode, from {@code from}. */
    static String noteSheetHref(Library library, NoteId note, SitePath from) {
        return Hrefs.between(from, library.pages().get(note), NOTE_MODE);
    }

    List<PlannedPage> plan(Library library, Map<String, String> topicEntries) {
        List<Note> sheetNotes = siteViews.ordered(library).stream().filter(n -> RegionLayout.hasRegions(library, n.id())).toList();
        List<PlannedPage> pages = new ArrayList<>(index(library, sheetNotes));
        library.tags().forEach((tag, places) -> pages.addAll(tagSheets(library, tag, printed(places),
                (int) places.stream().filter(p -> p.region().scope() == TagScope.NOTE).count())));
        return pages;
    }

    /**
     * The note's regions script, if it has printed regions (else null): planned right after the note's page,
     * which renders its regions from its own parse ({@link NoteBodies}).
     */
    PlannedPage regionScriptPage(Library library, Note note, Map<String, String> topicEntries) {
        if (!RegionLayout.hasRegions(library, note.id())) return null;
        SitePath path = regionScript(library, note.id());
        return PlannedPage.lazy(path, REGIONS_TEMPLATE, () -> regionScriptView(library, note, path, topicEntries));
    }

    /**
     * A note's region script: its printed regions' HTML, and once per note what a sheet's region header
     * shows (the note's title and page, each printed region's top, heading path and label), so sheets
     * list only (script, region) pairs.
     */
    private RegionScriptView regionScriptView(Library library, Note note, SitePath path, Map<String, String> topicEntries) {
        RegionLayout layout = RegionLayout.of(library, note.id());
        Map<String, RegionPlace> places = new LinkedHashMap<>();
        for (TaggedRegion r : RegionLayout.printed(library, note.id())) {
            places.putIfAbsent(r.anchor(), new RegionPlace(r.anchor(), layout.topOf().get(r.anchor()), TagPages.headingPath(r), TagPages.label(r)));
        }
        return new RegionScriptView(Hrefs.fromRoot(path), path.rootPath(), note.title(), Hrefs.fromRoot(library.pages().get(note.id())),
                List.copyOf(places.values()), bodies.regions(library, note, layout, topicEntries));
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

    /** The index, split like any long list: tags first, then the notes, each linking to its page in cheat-sheet mode. */
    private List<PlannedPage> index(Library library, List<Note> sheetNotes) {
        List<Object> rows = new ArrayList<>();
        library.tags().forEach((tag, places) -> rows.add(new TagCount(tag.name(), places.size(), Hrefs.fromRoot(SitePaths.tagSheet(tag)))));
        sheetNotes.forEach(rows::add);
        List<List<Object>> parts = Parts.split(rows, r -> r instanceof Note n ? Parts.weigh(n.title(), n.id().value()) : 120);
        List<String> labels = Parts.ranges(parts);
        List<PlannedPage> pages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SitePath path = Parts.path(INDEX, i);
            List<TagCount> tags = parts.get(i).stream().filter(TagCount.class::isInstance).map(TagCount.class::cast).toList();
            List<LinkView> notes = parts.get(i).stream().filter(Note.class::isInstance).map(Note.class::cast)
                    .map(n -> new LinkView(n.title(), SiteViews.folderName(n.id().folder()), noteSheetHref(library, n.id(), path)))
                    .toList();
            String title = parts.size() < 2 ? "Cheat sheets" : "Cheat sheets (part " + (i + 1) + " of " + parts.size() + ")";
            pages.add(new PlannedPage(path, "cheatsheets.ftlh", new CheatSheetIndexView(Hrefs.fromRoot(path), path.rootPath(), title, tags, notes,
                    Parts.pager(INDEX, parts.size(), i, labels))));
        }
        return pages;
    }

    /**
     * A tag's sheet; when its regions would not make a printout of bounded size, printable parts, one
     * per folder (a large folder cut by size), under an index page at the sheet's usual path.
     */
    private List<PlannedPage> tagSheets(Library library, Tag tag, List<TagPlace> places, int wholeNotes) {
        SitePath first = SitePaths.tagSheet(tag);
        List<List<TagPlace>> parts = new ArrayList<>();
        long total = places.stream().mapToLong(p -> weight(library, p)).sum();
        if (total <= SHEET_BUDGET) {
            parts.add(places);
        } else {
            Map<String, List<TagPlace>> byFolder = new LinkedHashMap<>();
            places.forEach(p -> byFolder.computeIfAbsent(p.note().folder(), f -> new ArrayList<>()).add(p));
            byFolder.values().forEach(inFolder -> parts.addAll(Parts.split(inFolder, p -> weight(library, p), SHEET_BUDGET)));
        }
        long notes = places.stream().map(TagPlace::note).distinct().count();
        if (parts.size() == 1) {
            return List.of(PlannedPage.lazy(first, TEMPLATE, () -> tagView(library, tag, places, first, "", notes, wholeNotes)));
        }
        List<PlannedPage> pages = new ArrayList<>();
        List<LinkView> links = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<TagPlace> part = parts.get(i);
            SitePath path = Parts.numbered(first, i + 1);
            String folder = Navigation.label(part.get(0).note().folder());
            String label = folder + " (part " + (i + 1) + " of " + parts.size() + ")";
            long partNotes = part.stream().map(TagPlace::note).distinct().count();
            links.add(new LinkView(label, summary(part.size(), partNotes), Hrefs.between(first, path)));
            pages.add(PlannedPage.lazy(path, TEMPLATE, () -> tagView(library, tag, part, path, " · " + label, partNotes, wholeNotes)));
        }
        pages.add(0, new PlannedPage(first, "cheatsheet-parts.ftlh", new CheatSheetPartsView(Hrefs.fromRoot(first), first.rootPath(),
                "Cheat sheet #" + tag.name(), tag.name(), summary(places.size(), notes) + " in " + parts.size() + " printable parts",
                Hrefs.between(first, SitePaths.tag(tag)), links)));
        return pages;
    }

    /** What a place costs on paper: its header and its share of its note's Markdown, by lines (counted once, when read). */
    private static int weight(Library library, TagPlace place) {
        Note note = library.note(place.note());
        TaggedRegion r = place.region();
        if (r.scope() == TagScope.NOTE) return REGION_COST + note.markdownText().length();
        int lines = note.markdownText().lineCount();
        return REGION_COST + (int) ((long) (r.endLine() - r.startLine() + 1) * note.markdownText().length() / lines);
    }

    private CheatSheetView tagView(Library library, Tag tag, List<TagPlace> places, SitePath path, String part, long notes,
                                   int wholeNotes) {
        Map<NoteId, Integer> scriptIndex = new LinkedHashMap<>();
        StringBuilder pairs = new StringBuilder();
        for (TagPlace p : places) {
            int index = scriptIndex.computeIfAbsent(p.note(), id -> scriptIndex.size());
            if (!pairs.isEmpty()) pairs.append(' ');
            pairs.append(index).append(' ').append(p.region().anchor());
        }
        List<String> scripts = scriptIndex.keySet().stream().map(id -> Hrefs.between(path, regionScript(library, id))).toList();
        List<LinkView> noteLinks = scriptIndex.keySet().stream()
                .map(id -> new LinkView(library.note(id).title(), "", Hrefs.between(path, library.pages().get(id)))).toList();
        String tagHref = Hrefs.between(path, SitePaths.tag(tag));
        return new CheatSheetView(Hrefs.fromRoot(path), path.rootPath(), "Cheat sheet #" + tag.name() + part, "#" + tag.name() + part,
                summary(places.size(), notes), tagHref, "All places tagged #" + tag.name(), PrintHeader.css("#" + tag.name() + part),
                tag.name(), SiteViews.tagPath(tag), String.join(" ", scripts), pairs.toString(), places.size(), noteLinks, wholeNotes);
    }

    private static String summary(int regions, long notes) {
        return regions + (regions == 1 ? " tagged region" : " tagged regions") + " from " + notes + (notes == 1 ? " note" : " notes");
    }
}
