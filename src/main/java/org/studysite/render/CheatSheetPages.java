package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
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

    List<PlannedPage> plan(Library library) {
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(new PlannedPage(INDEX, "cheatsheets.ftlh", index(library)));
        library.tags().forEach((tag, places) -> pages.add(new PlannedPage(tagSheet(tag), TEMPLATE, tagView(library, tag, places))));
        for (Note note : sheetNotes(library)) {
            pages.add(new PlannedPage(noteSheet(library, note.id()), TEMPLATE, noteView(library, note)));
        }
        return pages;
    }

    private List<Note> sheetNotes(Library library) {
        return siteViews.ordered(library).stream().filter(n -> hasNoteSheet(library, n.id())).toList();
    }

    private CheatSheetIndexView index(Library library) {
        List<TagCount> tags = new ArrayList<>();
        library.tags().forEach((tag, places) -> tags.add(new TagCount(tag.name(), places.size(), tagSheet(tag).value())));
        List<LinkView> notes = sheetNotes(library).stream().map(n -> new LinkView(n.title(),
                SiteViews.folderName(n.id().folder()), INDEX.relativeUrlTo(noteSheet(library, n.id())))).toList();
        return new CheatSheetIndexView(INDEX.value(), INDEX.rootPath(), "Cheat sheets", tags, notes);
    }

    private CheatSheetView tagView(Library library, Tag tag, List<TagPlace> places) {
        SitePath path = tagSheet(tag);
        List<CheatSheetRegion> regions = IntStream.range(0, places.size()).parallel()
                .mapToObj(i -> region(library, path, new SheetRegion(places.get(i).note(), places.get(i).region(), List.of(tag)), i))
                .toList();
        long notes = places.stream().map(TagPlace::note).distinct().count();
        return new CheatSheetView(path.value(), path.rootPath(), "Cheat sheet #" + tag.name(), "#" + tag.name(),
                summary(regions.size(), notes), path.relativeUrlTo(new SitePath(SiteViews.tagPath(tag))),
                "All places tagged #" + tag.name(), PrintHeader.css("#" + tag.name()), regions);
    }

    private CheatSheetView noteView(Library library, Note note) {
        SitePath path = noteSheet(library, note.id());
        List<SheetRegion> tops = SheetRegion.topLevel(note.id(), sheetRegions(library, note.id()));
        List<CheatSheetRegion> regions = IntStream.range(0, tops.size()).parallel()
                .mapToObj(i -> region(library, path, tops.get(i), i)).toList();
        return new CheatSheetView(path.value(), path.rootPath(), "Cheat sheet: " + note.title(), note.title(),
                summary(regions.size(), 1), path.relativeUrlTo(library.pages().get(note.id())), "Full note",
                PrintHeader.css(note.title()), regions);
    }

    private static String summary(int regions, long notes) {
        return regions + (regions == 1 ? " tagged region" : " tagged regions") + " from " + notes + (notes == 1 ? " note" : " notes");
    }

    /** Ids of the {@code index}-th region get prefix {@code r<index+1>-}: unique on the sheet, stable across builds. */
    private CheatSheetRegion region(Library library, SitePath sheet, SheetRegion r, int index) {
        Note note = library.note(r.note());
        SitePath notePage = library.pages().get(r.note());
        String anchor = r.region().anchor();
        List<TagCount> chips = r.tags().stream().map(t -> new TagCount(t.name(), 0, SiteViews.tagPath(t))).toList();
        return new CheatSheetRegion(note.title(), sheet.relativeUrlTo(notePage), TagPages.headingPath(r.region()),
                TagPages.label(r.region()), chips, sheet.relativeUrlTo(notePage) + (anchor.isEmpty() ? "" : "#" + anchor),
                htmlRenderer.renderRegion(library, note, r.region(), sheet, "r" + (index + 1) + "-"));
    }
}
