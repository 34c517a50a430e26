package org.studysite.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.diagnostics.Result;
import org.studysite.model.Library;
import org.studysite.model.LinkTarget;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.RawLink;
import org.studysite.model.Tag;
import org.studysite.model.TaggedRegion;
import org.studysite.url.NotePaths;

/**
 * Builds the {@link Library}: page paths, link targets, backlinks, tag and topic indexes. This runs
 * after every note is parsed because a link's target page and anchor ids exist only then.
 */
public final class LibraryBuilder {
    private final NamedTagFinder namedTags = new NamedTagFinder();
    private final TagIndex tagIndex = new TagIndex();
    private final EmbedChecks embedChecks = new EmbedChecks();
    private final TopicMatcher topicMatcher = new TopicMatcher();
    private final BacklinkIndex backlinkIndex = new BacklinkIndex();

    /** @param vaultFiles vault-relative paths of the vault's non-Markdown files */
    public Result<Library> build(List<Note> unsorted, List<String> vaultFiles) {
        List<Note> notes = unsorted.stream().sorted(java.util.Comparator.comparing(Note::id)).toList();
        Optional<NoteId> home = notes.stream().map(Note::id).filter(id -> id.value().equalsIgnoreCase("index")).findFirst();
        List<Diagnostic> diagnostics = new ArrayList<>();
        LinkResolver resolver = new LinkResolver(notes, new HashSet<>(vaultFiles));
        // Each note's links resolve on their own: on every core (a live preview resolves the vault on every save).
        List<Resolved> resolved = notes.parallelStream().map(note -> resolve(note, resolver)).toList();
        SortedMap<NoteId, SortedMap<String, LinkTarget>> links = new TreeMap<>();
        Set<String> assets = new TreeSet<>();
        Set<String> reportedImages = new HashSet<>();
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            links.put(note.id(), resolved.get(i).targets());
            assets.addAll(resolved.get(i).assets());
            for (Diagnostic d : resolved.get(i).missing()) {
                if (!d.message().startsWith("missing image") || reportedImages.add(d.message())) diagnostics.add(d);
            }
        }
        diagnostics.addAll(embedChecks.check(notes, links));
        SortedMap<NoteId, List<TaggedRegion>> regions = regions(notes);
        Library library = new Library(notes, home, NotePaths.assign(notes.stream().map(Note::id).toList(), home), links,
                backlinkIndex.build(notes, links), regions, tagIndex.build(regions), topicMatcher.match(notes),
                List.copyOf(assets));
        diagnostics.sort(null);
        return new Result<>(library, diagnostics);
    }

    /**
     * {@code library} with {@code changed} notes (same ids, new sources) put in: their links and
     * regions resolved again, tag and topic indexes made again; what other notes hold about them
     * (backlinks) is left as it was. A live preview shows a saved note from this at once; the full
     * {@link #build} that follows corrects anything else the edit changed.
     */
    public Library patch(Library library, List<Note> changed, List<String> vaultFiles) {
        java.util.Map<NoteId, Note> byId = new java.util.HashMap<>();
        changed.forEach(n -> byId.put(n.id(), n));
        List<Note> notes = library.notes().stream().map(n -> byId.getOrDefault(n.id(), n)).toList();
        LinkResolver resolver = new LinkResolver(notes, new HashSet<>(vaultFiles));
        SortedMap<NoteId, SortedMap<String, LinkTarget>> links = new TreeMap<>(library.links());
        Set<String> assets = new TreeSet<>(library.assets());
        for (Note note : changed) {
            Resolved resolved = resolve(note, resolver);
            links.put(note.id(), resolved.targets());
            assets.addAll(resolved.assets());
        }
        SortedMap<NoteId, List<TaggedRegion>> regions = new TreeMap<>(library.regions());
        SortedMap<Tag, List<String>> tagWords = NamedTagFinder.tagWords(vaultTags(notes));
        for (Note note : changed) regions.put(note.id(), regions(note, tagWords));
        // Topics are made of headings: an edit that kept every heading keeps them (matching took half of a patch).
        boolean sameHeadings = changed.stream().allMatch(n -> topicPlaces(n).equals(topicPlaces(library.note(n.id()))));
        return new Library(notes, library.home(), library.pages(), links, library.backlinks(), regions,
                tagIndex.build(regions), sameHeadings ? library.topics() : topicMatcher.match(notes), List.copyOf(assets));
    }

    /** What {@link TopicMatcher} reads of a note: each section's heading id, text and path. */
    private static List<List<Object>> topicPlaces(Note note) {
        return note.sections().stream().map(s -> List.<Object>of(s.heading().id(), s.heading().text(), s.path())).toList();
    }

    /** A note's link targets by destination, and a warning for each link whose target is missing or that needs fixing. */
    private record Resolved(SortedMap<String, LinkTarget> targets, List<String> assets, List<Diagnostic> missing) {
    }

    private static Resolved resolve(Note note, LinkResolver resolver) {
        SortedMap<String, LinkTarget> targets = new TreeMap<>();
        List<String> assets = new ArrayList<>(0);
        List<Diagnostic> missing = new ArrayList<>(0);
        for (RawLink link : note.links()) {
            LinkTarget target = resolver.resolve(note.id(), link,
                    advice -> missing.add(Diagnostic.warning(note.sourcePath(), link.line(), advice)));
            targets.putIfAbsent(link.destination(), target);
            if (target instanceof LinkTarget.AssetTarget asset) assets.add(asset.vaultPath());
            if (target instanceof LinkTarget.MissingTarget m) missing.add(Diagnostic.warning(note.sourcePath(), link.line(), m.reason()));
        }
        return new Resolved(targets, assets, missing);
    }

    /** Tags written in the vault: a heading naming one of them carries it. */
    private static Set<Tag> vaultTags(List<Note> notes) {
        Set<Tag> vaultTags = new TreeSet<>();
        notes.forEach(n -> n.regions().forEach(r -> vaultTags.add(r.tag())));
        return vaultTags;
    }

    private List<TaggedRegion> regions(Note note, SortedMap<Tag, List<String>> tagWords) {
        List<TaggedRegion> all = new ArrayList<>(note.regions());
        all.addAll(namedTags.find(note, tagWords));
        all.sort(java.util.Comparator.comparingInt(TaggedRegion::startLine)
                .thenComparing(TaggedRegion::scope).thenComparing(r -> r.tag().name()));
        return all;
    }

    /** Written regions plus those of headings naming a tag the vault uses. */
    private SortedMap<NoteId, List<TaggedRegion>> regions(List<Note> notes) {
        SortedMap<Tag, List<String>> tagWords = NamedTagFinder.tagWords(vaultTags(notes));
        List<List<TaggedRegion>> found = notes.parallelStream().map(note -> regions(note, tagWords)).toList();
        SortedMap<NoteId, List<TaggedRegion>> regions = new TreeMap<>();
        for (int i = 0; i < notes.size(); i++) regions.put(notes.get(i).id(), found.get(i));
        return regions;
    }
}
