package org.studysite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studysite.markdown.HeadingIds;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.SitePath;
import org.studysite.render.view.NavGroup;
import org.studysite.render.view.NavFoldersView;
import org.studysite.render.view.NavItem;
import org.studysite.render.view.NoteCard;
import org.studysite.render.view.NoteFolder;
import org.studysite.render.view.NoteListView;
import org.studysite.render.view.SiteView;
import org.studysite.url.Hrefs;
import org.studysite.url.SitePaths;

/**
 * How readers find notes, bounded on every page (as Material's {@code navigation.prune}): the
 * sidebar lists folders with their counts; only the current note's folder is open, as a window of
 * notes around it, and a small vault lists everything. Every note is listed, by folder, on
 * {@code all-notes.html} (split into parts), which every folder and "more" link leads to, so the
 * whole vault stays reachable without JavaScript.
 */
final class Navigation {
    static final SitePath ALL_NOTES = SitePaths.ALL_NOTES;
    static final String TEMPLATE = "notes.ftlh";
    /** Up to this many notes, every group lists all its notes on every page. */
    static final int SMALL_VAULT = 60;
    /** Notes listed on each side of the current one in its folder. */
    static final int WINDOW = 7;
    /** The shared script with the sidebar's folders (large vaults), and its template. */
    static final SitePath FOLDER_SCRIPT = SitePaths.NAV_FOLDERS;
    static final String FOLDER_TEMPLATE = "nav-folders.js.ftl";
    static final String ROOT_LABEL = "Top-level notes";

    private final Library library;
    private final Map<String, List<Note>> byFolder = new LinkedHashMap<>();
    private final Map<NoteId, Integer> positions = new HashMap<>();
    private final Map<String, String> folderHrefs = new HashMap<>();
    private final List<NoteCard> cards;
    private final List<List<NoteCard>> parts;
    private final Map<String, String> folderIds = new HashMap<>();
    private final boolean small;

    /** @param ordered notes with pages, in navigation order (folders together) */
    Navigation(Library library, List<Note> ordered) {
        this.library = library;
        for (Note note : ordered) {
            List<Note> folder = byFolder.computeIfAbsent(note.id().folder(), f -> new ArrayList<>());
            positions.put(note.id(), folder.size());
            folder.add(note);
        }
        HeadingIds ids = new HeadingIds();
        byFolder.keySet().forEach(f -> folderIds.put(f, ids.allocateSlug("folder-" + HeadingIds.slug(f.isEmpty() ? "top-level" : f))));
        this.cards = ordered.stream().map(this::card).toList();
        this.parts = Parts.split(cards, c -> Parts.weigh(c.title(), c.summary(), c.path()) + 40 * c.tags().size());
        int start = 0;
        for (int i = 0; i < parts.size(); i++) {
            for (int j = 0; j < parts.get(i).size(); j++) {
                String folder = ordered.get(start + j).id().folder();
                folderHrefs.putIfAbsent(folder, Hrefs.fromRoot(Parts.path(ALL_NOTES, i), folderIds.get(folder)));
            }
            start += parts.get(i).size();
        }
        this.small = ordered.size() <= SMALL_VAULT;
    }

    SiteView site(String title) {
        if (!small) return new SiteView(title, List.of(), Hrefs.fromRoot(FOLDER_SCRIPT), Hrefs.fromRoot(ALL_NOTES), cards.size());
        List<NavGroup> groups = new ArrayList<>();
        byFolder.forEach((folder, notes) -> groups.add(new NavGroup(label(folder), folder, notes.size(),
                folderHrefs.get(folder), notes.stream().map(n -> item(n, null)).toList(), null)));
        return new SiteView(title, groups, null, Hrefs.fromRoot(ALL_NOTES), cards.size());
    }

    /**
     * In a large vault, the sidebar's folders (name, count, place in the list of all notes) are one
     * shared script every page loads (cached after the first), as Quartz's explorer does: written into
     * each page they were a fifth of a note page's bytes. The page keeps its own folder open in its
     * HTML, and the "All notes" link, so nothing needs the script to be reachable.
     */
    List<PlannedPage> folderScript() {
        if (small) return List.of();
        List<NavGroup> folders = new ArrayList<>();
        byFolder.forEach((folder, notes) -> folders.add(new NavGroup(label(folder), folder, notes.size(), folderHrefs.get(folder), List.of(), null)));
        return List.of(new PlannedPage(FOLDER_SCRIPT, FOLDER_TEMPLATE, new NavFoldersView(folders)));
    }

    /** The note's folder as its page shows it: a window of notes around it, then a link to the rest; null in a small vault. */
    NavGroup group(Note note) {
        if (small) return null;
        String folder = note.id().folder();
        List<Note> notes = byFolder.get(folder);
        int at = positions.get(note.id());
        int from = Math.max(0, Math.min(at - WINDOW, notes.size() - 2 * WINDOW - 1));
        int to = Math.min(notes.size(), from + 2 * WINDOW + 1);
        SitePath page = library.pages().get(note.id());
        String rest = folderHrefs.get(folder);   // a part of all-notes, at the site root
        NavItem more = to - from < notes.size()
                ? new NavItem("All " + notes.size() + " notes in " + label(folder), rest, page.upToRoot() + rest) : null;
        return new NavGroup(label(folder), folder, notes.size(), rest,
                notes.subList(from, to).stream().map(n -> item(n, page)).toList(), more);
    }

    /** The first {@code n} notes as cards, for the home page. */
    List<NoteCard> firstCards(int n) {
        return cards.subList(0, Math.min(n, cards.size()));
    }

    int noteCount() {
        return cards.size();
    }

    List<PlannedPage> pages() {
        List<String> labels = Parts.ranges(parts);
        List<PlannedPage> pages = new ArrayList<>();
        String carried = null;
        for (int i = 0; i < parts.size(); i++) {
            SitePath path = Parts.path(ALL_NOTES, i);
            Map<String, List<NoteCard>> folders = new LinkedHashMap<>();
            for (NoteCard card : parts.get(i)) folders.computeIfAbsent(card.folderKey(), f -> new ArrayList<>()).add(card);
            List<NoteFolder> views = new ArrayList<>();
            for (Map.Entry<String, List<NoteCard>> e : folders.entrySet()) {
                views.add(new NoteFolder(label(e.getKey()), folderIds.get(e.getKey()), byFolder.get(e.getKey()).size(),
                        e.getKey().equals(carried), e.getValue()));
            }
            if (!parts.get(i).isEmpty()) carried = parts.get(i).get(parts.get(i).size() - 1).folderKey();
            String title = parts.size() < 2 ? "All notes" : "All notes (part " + (i + 1) + " of " + parts.size() + ")";
            pages.add(new PlannedPage(path, TEMPLATE, new NoteListView(Hrefs.fromRoot(path), path.rootPath(), title, cards.size(), views,
                    Parts.pager(ALL_NOTES, parts.size(), i, labels))));
        }
        return pages;
    }

    /** The note as listed in a sidebar: linked from {@code from}, or from any page (null: by root path). */
    private NavItem item(Note note, SitePath from) {
        SitePath path = library.pages().get(note.id());
        return new NavItem(note.title(), Hrefs.fromRoot(path), from == null ? null : Hrefs.between(from, path));
    }

    private NoteCard card(Note n) {
        return new NoteCard(n.title(), n.summary(), Hrefs.fromRoot(library.pages().get(n.id())), SiteViews.folderName(n.id().folder()),
                n.id().folder(), (int) n.headings().stream().filter(h -> !n.headerLines().contains(h.line())).count(),
                SiteViews.noteTagCounts(library, n.id()));
    }

    static String label(String folder) {
        return folder.isEmpty() ? ROOT_LABEL : SiteViews.folderName(folder);
    }
}
