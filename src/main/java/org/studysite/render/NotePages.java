package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.studysite.render.view.NavGroup;
import java.util.SortedMap;
import org.studysite.model.Backlink;
import org.studysite.model.Heading;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.RelatedSection;
import org.studysite.model.SitePath;
import org.studysite.render.view.DeckLink;
import org.studysite.render.view.LinkView;
import org.studysite.render.view.NotePageView;
import org.studysite.render.view.TocEntry;
import org.studysite.url.Hrefs;

/** Builds a note page's view: body HTML, table of contents, tags, previous/next and backlinks. */
final class NotePages {
    private final NoteHtmlRenderer htmlRenderer;
    private final NoteBodies bodies;

    NotePages(NoteHtmlRenderer htmlRenderer, NoteBodies bodies) {
        this.htmlRenderer = htmlRenderer;
        this.bodies = bodies;
    }

    /** Backlinks a page lists; a note that half the vault links to must not make its page grow with the vault. */
    static final int MAX_BACKLINKS = 50;

    /**
     * @param topicEntries per topic key, its entry in the topic index ("N more" after "Also in")
     * @param navGroup     the note's folder as its sidebar shows it (null in a small vault)
     * @param deck         the note's link to its flashcards (null when it has none)
     */
    NotePageView view(Library library, SortedMap<NoteId, List<RelatedSection>> related, Map<String, String> topicEntries,
                      Note note, Note prev, Note next, NavGroup navGroup, DeckLink deck) {
        SitePath path = library.pages().get(note.id());
        RegionLayout regions = RegionLayout.of(library, note.id());
        List<Backlink> into = library.backlinks().getOrDefault(note.id(), List.of());
        return new NotePageView(Hrefs.fromRoot(path), path.rootPath(), note.title(), headerId(note, 0),
                note.subtitle().orElse(""), note.subtitle().isPresent() ? headerId(note, 1) : "", note.id().folder(), note.sourcePath(), SiteViews.noteTagCounts(library, note.id()), toc(note),
                bodies.page(library, note, regions, topicEntries), neighbour(library, path, prev), neighbour(library, path, next),
                backlinks(library, into.subList(0, Math.min(MAX_BACKLINKS, into.size())), path),
                Math.max(0, into.size() - MAX_BACKLINKS), related(library, related.getOrDefault(note.id(), List.of()), path),
                cheatSheet(regions), regions.isEmpty() ? "" : PrintHeader.css(note.title()), navGroup, deck);
    }

    /** What the note's cheat-sheet mode shows, or "" when nothing in it is tagged (no mode). */
    private static String cheatSheet(RegionLayout regions) {
        int n = regions.tops().size();
        return n == 0 ? "" : n + (n == 1 ? " tagged region" : " tagged regions");
    }

    /** The id of the {@code index}-th heading moved to the page header, or "" if there is none. */
    static String headerId(Note note, int index) {
        List<String> ids = note.headings().stream().filter(h -> note.headerLines().contains(h.line())).map(Heading::id).toList();
        return index < ids.size() ? ids.get(index) : "";
    }

    /** Headings in the body (not the title or subtitle), by level. */
    private static List<TocEntry> toc(Note note) {
        List<TocEntry> toc = new ArrayList<>();
        for (Heading h : note.headings()) {
            if (!note.headerLines().contains(h.line())) toc.add(new TocEntry(h.level(), h.text(), h.id()));
        }
        return toc;
    }

    private static LinkView neighbour(Library library, SitePath from, Note other) {
        if (other == null) return null;
        return new LinkView(other.title(), "", Hrefs.between(from, library.pages().get(other.id())));
    }

    private static List<LinkView> backlinks(Library library, List<Backlink> backlinks, SitePath from) {
        List<LinkView> views = new ArrayList<>();
        for (Backlink b : backlinks) {
            String href = Hrefs.between(from, library.pages().get(b.source()), b.sectionId());
            String title = library.note(b.source()).title();
            views.add(new LinkView(title, b.sectionText().equals(title) ? "" : b.sectionText(), href));
        }
        return views;
    }

    /** Related sections of other notes: the note's title, the section's heading path, a deep link. */
    private static List<LinkView> related(Library library, List<RelatedSection> related, SitePath from) {
        return related.stream().map(r -> {
            String title = library.note(r.note()).title();
            // A note's title heading heads its first section: "Endpoints › Endpoints" says it twice.
            List<String> path = !r.path().isEmpty() && r.path().get(0).equals(title) ? r.path().subList(1, r.path().size()) : r.path();
            return new LinkView(title, String.join(" › ", path),
                    Hrefs.between(from, library.pages().get(r.note()), r.anchor()));
        }).toList();
    }

    /** The home page's intro: index.md's body. */
    String introHtml(Library library, Note home, Map<String, String> topicEntries) {
        return htmlRenderer.render(library, home, topicEntries);
    }
}
