package org.studysite.render.flexmark;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.studysite.model.Library;
import org.studysite.model.LinkTarget;
import org.studysite.model.Note;
import org.studysite.model.Section;
import org.studysite.model.SitePath;
import org.studysite.model.Tag;
import org.studysite.model.TopicPlace;
import org.studysite.markdown.TopicKey;
import org.studysite.url.Hrefs;
import org.studysite.url.SitePaths;

/**
 * What rendering one note needs to know beyond its Markdown: the library (targets, pages, topics)
 * and the page it is written to. Stored on the flexmark Document so one shared HtmlRenderer serves
 * every note. It also records every URL the renderer emitted, so the sanitiser pass can tell our
 * links from links written in raw HTML.
 *
 * <p>A note's content can also be written onto another page (a cheat sheet): then links are made
 * relative to that page and same-note anchors point back at the note's own page.
 *
 * <p>Tagged regions are marked on the blocks that show them ({@link RegionMarker}): on the note's
 * page with classes ({@code cs} inside a region, {@code cs-part} a container partly inside,
 * {@code cs-ctx} a heading above a region), which its cheat-sheet mode shows; on a sheet with
 * {@code data-in}/{@code data-part} naming the regions nested in the one being written, so a sheet
 * can cut a nested region out of its enclosing one.
 */
public final class NoteContext {
    static final NullableDataKey<NoteContext> KEY = new NullableDataKey<>("STUDYSITE_NOTE_CONTEXT");

    private final Library library;
    private final Note note;
    private final SitePath page;
    private final SitePath notePage;
    private final boolean sheet;
    private final RegionMarker marker;
    private final Set<Integer> contextHeadings;
    private final Map<String, String> topicEntries;
    private final Map<Integer, String> headingIds = new TreeMap<>();
    private final Map<Integer, String> blockIds = new TreeMap<>();
    private final Map<Integer, String> tableIds = new TreeMap<>();
    private final Set<String> emitted = new HashSet<>();
    private Map<String, Integer> ownPlaces;
    private Set<Tag> placedTags;
    /** Rendering another note's embedded content: no ids (they are its page's), no embeds of its own shown. */
    private boolean embedded;
    private Embedder embedder;
    private Set<String> shownEmbeds;

    /** Renders the content an embed shows, as HTML for the page {@code from} renders. */
    @FunctionalInterface
    public interface Embedder {
        String render(NoteContext from, LinkTarget.NoteTarget target);
    }

    /**
     * Rendering for the note's own page, with no regions marked.
     *
     * @param topicEntries per topic key, its entry in the topic index (site-root path and anchor)
     */
    public NoteContext(Library library, Note note, Map<String, String> topicEntries) {
        this(library, note, library.pages().get(note.id()), false, List.of(), Set.of(), topicEntries);
    }

    /**
     * Rendering for the note's own page with its cheat-sheet regions marked.
     *
     * @param regions         the regions the note's cheat sheet shows, none inside another
     * @param contextHeadings lines of headings above those regions, shown with them as their context
     */
    public static NoteContext page(Library library, Note note, List<RegionSpan> regions, Set<Integer> contextHeadings,
                                   Map<String, String> topicEntries) {
        return new NoteContext(library, note, library.pages().get(note.id()), false, regions, contextHeadings, topicEntries);
    }

    /**
     * Rendering regions for cheat sheets: links relative to {@code page}, no "Also in" lines (they
     * belong to the full note), wide tables marked to span the print columns, and {@code nested}
     * regions marked so a sheet can show one of them alone.
     */
    public static NoteContext sheet(Library library, Note note, SitePath page, List<RegionSpan> nested,
                                    Map<String, String> topicEntries) {
        return new NoteContext(library, note, page, true, nested, Set.of(), topicEntries);
    }

    /**
     * Rendering {@code note}'s content embedded in the page {@code page} (links relative to it) as a
     * sheet does: no "Also in" lines, and no ids, which belong to the note's own page.
     */
    public static NoteContext embedded(NoteContext from, Note note) {
        NoteContext context = new NoteContext(from.library, note, from.page, true, List.of(), Set.of(), from.topicEntries);
        context.embedded = true;
        return context;
    }

    /** Who renders embedded content; without one, every embed is a link. */
    public void embedWith(Embedder embedder) {
        this.embedder = embedder;
    }

    /**
     * Whether the embed {@code destination} at {@code line} shows its content (else it is a link):
     * not inside embedded content (one level), not showing itself, and among the note's first
     * {@link org.studysite.markdown.Embeds#MAX_CONTENT_EMBEDS}; resolve warned about the others.
     */
    boolean showsEmbed(String destination, int line) {
        if (embedded || embedder == null || !(target(destination) instanceof LinkTarget.NoteTarget t)) return false;
        if (t.note().equals(note.id()) && org.studysite.markdown.Embeds.shows(note, t.anchor(), line)) return false;
        if (shownEmbeds == null) {
            shownEmbeds = new HashSet<>();
            org.studysite.markdown.Embeds.contentEmbeds(note, library.links().getOrDefault(note.id(), java.util.Collections.emptySortedMap()))
                    .stream().limit(org.studysite.markdown.Embeds.MAX_CONTENT_EMBEDS)
                    .forEach(l -> shownEmbeds.add(l.line() + ":" + l.destination()));
        }
        return shownEmbeds.contains(line + ":" + destination);
    }

    /** The HTML of the content an embed shows; the URLs it wrote count as this page's own. */
    String embeddedHtml(LinkTarget.NoteTarget target) {
        return embedder.render(this, target);
    }

    /** Takes the URLs an embedded rendering wrote as written by this one (so the sanitiser leaves them). */
    public void emittedBy(NoteContext inner) {
        emitted.addAll(inner.emitted);
    }

    /** What an embed's header names: the note's title, and the section's heading. */
    String embedTitle(LinkTarget.NoteTarget target) {
        Note source = library.note(target.note());
        String heading = source.headings().stream().filter(h -> h.id().equals(target.anchor()))
                .map(org.studysite.model.Heading::text).findFirst().orElse("");
        return heading.isEmpty() ? source.title() : source.title() + " › " + heading;
    }

    private NoteContext(Library library, Note note, SitePath page, boolean sheet, List<RegionSpan> regions,
                        Set<Integer> contextHeadings, Map<String, String> topicEntries) {
        this.library = library;
        this.topicEntries = topicEntries;
        this.note = note;
        this.page = page;
        this.notePage = library.pages().get(note.id());
        this.sheet = sheet;
        this.marker = new RegionMarker(regions);
        this.contextHeadings = Set.copyOf(contextHeadings);
        note.headings().forEach(h -> headingIds.put(h.line(), h.id()));
        note.blockAnchors().forEach(b -> blockIds.put(b.line(), b.id()));
        note.tables().forEach(t -> tableIds.put(t.line(), t.anchor()));
    }

    /** Whether the note is written onto a page other than its own, where its anchors are not. */
    public boolean elsewhere() {
        return !page.equals(notePage);
    }

    /** Whether this renders regions for cheat sheets (see {@link #sheet}). */
    boolean onSheet() {
        return sheet;
    }

    /** Whether this rendering marks any region. */
    boolean marksRegions() {
        return !marker.isEmpty();
    }

    /** Adds the region marks of {@code node} (see the class comment); nothing when no region is marked. */
    void mark(Node node, MutableAttributes attributes) {
        if (marker.isEmpty()) return;
        RegionMarker.Mark[] marks = marker.marks(node);
        if (sheet) {
            StringBuilder in = new StringBuilder();
            StringBuilder part = new StringBuilder();
            for (int i = 0; i < marks.length; i++) {
                StringBuilder to = marks[i] == RegionMarker.Mark.IN ? in : marks[i] == RegionMarker.Mark.PART ? part : null;
                if (to != null) to.append(to.isEmpty() ? "" : " ").append(marker.spans().get(i).key());
            }
            if (!in.isEmpty()) attributes.addValue("data-in", in);
            if (!part.isEmpty()) attributes.addValue("data-part", part);
        } else if (marker.any(node, RegionMarker.Mark.IN)) {
            attributes.addValue("class", "cs");
        } else if (marker.any(node, RegionMarker.Mark.PART)) {
            attributes.addValue("class", "cs-part");
        } else if (node instanceof Heading && contextHeadings.contains(org.studysite.markdown.SourceLines.start(node))) {
            attributes.addValue("class", "cs-ctx");
        }
    }

    /** Whether {@code node}'s parent is partly in a region, so that node needs an element to carry its marks. */
    boolean inPartialContainer(Node node) {
        return node.getParent() != null && !(node.getParent() instanceof Document)
                && marker.any(node.getParent(), RegionMarker.Mark.PART);
    }

    public void attachTo(Document document) {
        KEY.set(document, this);
    }

    static NoteContext of(Document document) {
        return KEY.get(document);
    }

    Note note() {
        return note;
    }

    boolean isHeaderLine(int line) {
        return note.headerLines().contains(line);
    }

    String headingId(int line) {
        return embedded ? null : headingIds.get(line);
    }

    String blockId(int line) {
        return embedded ? null : blockIds.get(line);
    }

    /** A table's anchor from the model (a tagged table's is its block id). */
    String tableId(int line) {
        return embedded ? null : tableIds.get(line);
    }

    LinkTarget target(String destination) {
        return library.target(note.id(), destination);
    }

    /** The relative URL of a resolved target from this page; null for a missing one. */
    public String href(LinkTarget target) {
        String url = null;
        if (target instanceof LinkTarget.NoteTarget t) {
            url = t.note().equals(note.id()) && !t.anchor().isEmpty() && !elsewhere()
                    ? Hrefs.fragment(t.anchor())
                    : Hrefs.between(page, library.pages().get(t.note()), t.anchor());
        } else if (target instanceof LinkTarget.AssetTarget a) {
            url = Hrefs.between(page, SitePaths.copiedFile(a.vaultPath()), a.anchor());
        } else if (target instanceof LinkTarget.ExternalTarget e) {
            url = e.url();
        }
        if (url != null) emitted.add(url);
        return url;
    }

    /**
     * Whether the note has a place for this tag, and so the tag has a page. A tag past a block's
     * limit (parse's TagLimit) has none unless the note uses it elsewhere; it is shown unlinked.
     * Only the note's own regions decide, which {@link NoteInputs} already holds.
     */
    boolean placesTag(Tag tag) {
        if (placedTags == null) {
            placedTags = new HashSet<>();
            library.regions().getOrDefault(note.id(), List.of()).forEach(r -> placedTags.add(r.tag()));
        }
        return placedTags.contains(tag);
    }

    String tagHref(Tag tag) {
        String url = Hrefs.between(page, SitePaths.tag(tag));
        emitted.add(url);
        return url;
    }

    /** Whether the renderer itself wrote this URL (as opposed to raw HTML in the note). */
    public boolean emitted(String url) {
        return emitted.contains(url);
    }

    /** The same topic in other notes: the first {@code limit} places, and how many there are in all. */
    AlsoIn alsoIn(String headingText, int limit) {
        String key = TopicKey.of(headingText);
        List<TopicPlace> places = library.topics().get(key);
        if (places == null) return new AlsoIn(List.of(), 0);
        // Stops at the first few places: a topic can be in thousands of notes, and a note has many headings.
        List<TopicPlace> shown = new java.util.ArrayList<>(limit);
        for (int i = 0; i < places.size() && shown.size() < limit; i++) {
            if (!places.get(i).note().equals(note.id())) shown.add(places.get(i));
        }
        return new AlsoIn(shown, places.size() - ownPlaces().getOrDefault(key, 0));
    }

    /**
     * Per topic key, how many of this note's headings have it: a topic's places are every heading with its
     * key (resolve/TopicMatcher), so these are exactly this note's places in the topic.
     */
    private Map<String, Integer> ownPlaces() {
        if (ownPlaces == null) {
            ownPlaces = new HashMap<>();
            for (Section s : note.sections()) ownPlaces.merge(TopicKey.of(s.heading().text()), 1, Integer::sum);
        }
        return ownPlaces;
    }

    /** Places of a topic in other notes to link, and the count of all of them. */
    public record AlsoIn(List<TopicPlace> shown, int total) {
    }

    /** The topic's entry in the topic index, relative to this page; null if the index has none. */
    String topicEntryHref(String headingText) {
        String entry = topicEntries.get(TopicKey.of(headingText));
        if (entry == null) return null;
        int hash = entry.indexOf('#');
        String url = Hrefs.between(page, new SitePath(entry.substring(0, hash))) + entry.substring(hash);
        emitted.add(url);
        return url;
    }

    String titleOf(TopicPlace place) {
        return library.note(place.note()).title();
    }

    String hrefOf(TopicPlace place) {
        return href(new LinkTarget.NoteTarget(place.note(), place.headingId()));
    }
}
