package org.studysite.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.render.flexmark.NoteInputs;
import org.studysite.render.view.RegionHtml;

/**
 * Where note pages and region scripts get a note's rendered HTML. A build renders each note once and
 * hands its regions from the page to the script ({@link #once}); a live preview keeps every note's
 * HTML with the inputs it was made from ({@link #kept}) and renders a note again only when those
 * inputs changed ({@link NoteInputs}), so one edit does not re-render the vault.
 */
public abstract sealed class NoteBodies permits NoteBodies.Once, NoteBodies.Kept {
    final NoteHtmlRenderer renderer;

    private NoteBodies(NoteHtmlRenderer renderer) {
        this.renderer = renderer;
    }

    /** For one build: each note rendered when its page is. */
    public static NoteBodies once(NoteHtmlRenderer renderer) {
        return new Once(renderer);
    }

    /** For a live preview: HTML kept across plans while its inputs are equal. */
    public static Kept kept(NoteHtmlRenderer renderer) {
        return new Kept(renderer);
    }

    /** The body of the note's own page, cheat-sheet regions marked. */
    abstract String page(Library library, Note note, RegionLayout layout, Map<String, String> topicEntries);

    /** The note's printed regions, for its regions script. */
    abstract List<RegionHtml> regions(Library library, Note note, RegionLayout layout, Map<String, String> topicEntries);

    /** Called as a plan starts: a kept body of a note no longer in the vault can go. */
    void planning(Library library) {
    }

    static final class Once extends NoteBodies {
        private final RegionHandOff handOff = new RegionHandOff();

        private Once(NoteHtmlRenderer renderer) {
            super(renderer);
        }

        /** A note with a regions script renders that script's regions from the same parse. */
        @Override
        String page(Library library, Note note, RegionLayout layout, Map<String, String> topicEntries) {
            if (!RegionLayout.hasRegions(library, note.id())) return renderer.renderPage(library, note, layout, topicEntries);
            NoteHtmlRenderer.PageAndRegions both = renderer.renderPageAndRegions(library, note, layout,
                    CheatSheetPages.LINKS_FROM, topicEntries);
            handOff.offer(note.id(), both.regions());
            return both.page();
        }

        @Override
        List<RegionHtml> regions(Library library, Note note, RegionLayout layout, Map<String, String> topicEntries) {
            List<RegionHtml> offered = handOff.take(note.id());
            return offered != null ? offered : renderer.renderRegions(library, note, layout, CheatSheetPages.LINKS_FROM, topicEntries);
        }
    }

    /** Note HTML kept between plans, keyed by note, valid while the note's {@link NoteInputs} are equal. */
    public static final class Kept extends NoteBodies {
        private record Body(NoteInputs inputs, String page, List<RegionHtml> regions) {
        }

        private final Map<NoteId, Body> bodies = new ConcurrentHashMap<>();
        private final AtomicInteger rendered = new AtomicInteger();

        private Kept(NoteHtmlRenderer renderer) {
            super(renderer);
        }

        /** How many notes have been rendered so far (a kept one is not counted again). */
        public int rendered() {
            return rendered.get();
        }

        @Override
        String page(Library library, Note note, RegionLayout layout, Map<String, String> topicEntries) {
            return body(library, note, layout, topicEntries).page();
        }

        @Override
        List<RegionHtml> regions(Library library, Note note, RegionLayout layout, Map<String, String> topicEntries) {
            return body(library, note, layout, topicEntries).regions();
        }

        @Override
        void planning(Library library) {
            Set<NoteId> ids = library.notes().stream().map(Note::id).collect(Collectors.toSet());
            bodies.keySet().retainAll(ids);
        }

        /** The note's kept body if its inputs are unchanged; else rendered, once even if its page and script ask together. */
        private Body body(Library library, Note note, RegionLayout layout, Map<String, String> topicEntries) {
            NoteInputs inputs = NoteInputs.of(library, note, topicEntries);
            return bodies.compute(note.id(), (id, kept) ->
                    kept != null && kept.inputs().equals(inputs) ? kept : render(inputs, library, note, layout, topicEntries));
        }

        private Body render(NoteInputs inputs, Library library, Note note, RegionLayout layout, Map<String, String> topicEntries) {
            rendered.incrementAndGet();
            if (!RegionLayout.hasRegions(library, note.id())) {
                return new Body(inputs, renderer.renderPage(library, note, layout, topicEntries), List.of());
            }
            NoteHtmlRenderer.PageAndRegions both = renderer.renderPageAndRegions(library, note, layout,
                    CheatSheetPages.LINKS_FROM, topicEntries);
            return new Body(inputs, both.page(), both.regions());
        }
    }
}
