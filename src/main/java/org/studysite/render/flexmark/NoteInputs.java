package org.studysite.render.flexmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.studysite.model.Heading;
import org.studysite.model.Library;
import org.studysite.model.LinkTarget;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.SitePath;
import org.studysite.model.TaggedRegion;
import org.studysite.model.TopicPlace;

/**
 * Everything rendering a note's HTML reads beyond its Markdown: the note, its tagged regions, where
 * its links go, the pages and titles of the notes it links to or names in "Also in" lines, and the
 * topic-index entries its headings point at. Equal inputs render equal HTML, so a live preview can
 * keep a note's HTML until its inputs change: an edit elsewhere in the vault re-renders only the
 * notes whose links or shared topics it touched. Built from the same {@link NoteContext} lookups
 * the renderers make, so the two cannot drift apart. A note that embeds another's content also
 * depends on that note (its Markdown, headings, title) and on where that note's links go.
 */
public record NoteInputs(Note note, List<TaggedRegion> regions, SortedMap<String, LinkTarget> links,
                         SortedMap<NoteId, SitePath> pages, SortedMap<NoteId, String> titles,
                         List<NoteContext.AlsoIn> alsoIn, List<String> topicEntries,
                         SortedMap<NoteId, Note> embedded, SortedMap<NoteId, SortedMap<String, LinkTarget>> embeddedLinks) {
    public NoteInputs {
        regions = List.copyOf(regions);
        alsoIn = List.copyOf(alsoIn);
        topicEntries = Collections.unmodifiableList(new ArrayList<>(topicEntries)); // holds nulls: headings without an entry
    }

    public static NoteInputs of(Library library, Note note, Map<String, String> topicEntries) {
        NoteContext context = new NoteContext(library, note, topicEntries);
        SortedMap<String, LinkTarget> links = library.links().getOrDefault(note.id(), Collections.emptySortedMap());
        SortedMap<NoteId, SitePath> pages = new TreeMap<>();
        SortedMap<NoteId, String> titles = new TreeMap<>();
        pages.put(note.id(), library.pages().get(note.id()));
        for (LinkTarget target : links.values()) {
            if (target instanceof LinkTarget.NoteTarget t) pages.put(t.note(), library.pages().get(t.note()));
        }
        List<NoteContext.AlsoIn> alsoIn = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (Heading heading : note.headings()) {
            NoteContext.AlsoIn others = context.alsoIn(heading.text(), StudyNodeRenderer.ALSO_IN_LINKS);
            alsoIn.add(others);
            for (TopicPlace place : others.shown()) {
                pages.put(place.note(), library.pages().get(place.note()));
                titles.put(place.note(), context.titleOf(place));
            }
            entries.add(topicEntries.get(org.studysite.markdown.TopicKey.of(heading.text())));
        }
        SortedMap<NoteId, Note> embedded = new TreeMap<>();
        SortedMap<NoteId, SortedMap<String, LinkTarget>> embeddedLinks = new TreeMap<>();
        for (var embed : org.studysite.markdown.Embeds.contentEmbeds(note, links)) {
            NoteId id = ((LinkTarget.NoteTarget) links.get(embed.destination())).note();
            SortedMap<String, LinkTarget> theirs = library.links().getOrDefault(id, Collections.emptySortedMap());
            embedded.put(id, library.note(id));
            embeddedLinks.put(id, theirs);
            pages.put(id, library.pages().get(id));
            for (LinkTarget target : theirs.values()) {
                if (target instanceof LinkTarget.NoteTarget t) pages.put(t.note(), library.pages().get(t.note()));
            }
        }
        return new NoteInputs(note, library.regions().getOrDefault(note.id(), List.of()), links, pages, titles, alsoIn, entries,
                embedded, embeddedLinks);
    }
}
