package org.studysite.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.diagnostics.Result;
import org.studysite.diagnostics.Severity;
import org.studysite.load.ThemeLoader;
import org.studysite.load.VaultFiles;
import org.studysite.load.VaultLoader;
import org.studysite.markdown.MarkdownDialect;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.OutputFile;
import org.studysite.model.RelatedSection;
import org.studysite.model.SourceFile;
import org.studysite.parse.NoteParser;
import org.studysite.render.NoteBodies;
import org.studysite.render.NoteHtmlRenderer;
import org.studysite.render.PagePlanner;
import org.studysite.render.PageRenderer;
import org.studysite.render.PlannedPage;
import org.studysite.render.SitePlan;
import org.studysite.render.Templates;
import org.studysite.resolve.LibraryBuilder;
import org.studysite.search.SearchIndexer;
import org.studysite.write.OutputGuard;
import org.studysite.write.SiteWriter;

/**
 * The site a live preview serves, made by the same stages as {@code build} and kept between
 * rebuilds, so a rebuild does only what the change needs: a note whose source is unchanged is not
 * parsed again, a note whose HTML inputs are unchanged is not rendered again ({@link NoteBodies.Kept}),
 * and a page whose view record (its template's whole input) is equal to last time is not rendered
 * again. Resolving links and planning pages run over the whole vault each time: they are what tells
 * which inputs changed; a save that only edited notes first gets those notes' pages from the last
 * library, patched ({@link #quick}). Search runs apart ({@link #search}), since it takes seconds:
 * pages use the last search's related sections until the next one is in.
 *
 * <p>Not thread-safe: one thread rebuilds; {@link #search} may run on another, on a library it was given.
 */
public final class LiveBuild {
    private final Path notesDir;
    private final Optional<Path> templatesDir;
    private final VaultLoader vaultLoader = new VaultLoader();
    private final ThemeLoader themeLoader = new ThemeLoader();
    private final NoteParser noteParser;
    private final LibraryBuilder libraryBuilder = new LibraryBuilder();
    private final SearchIndexer searchIndexer = SearchIndexer.remembering();
    private final NoteBodies.Kept bodies;
    private final PagePlanner planner;
    private PageRenderer pageRenderer;
    private Map<String, Parsed> parsed = Map.of();
    /**
     * The source of each note as the newest site shows it. Not {@link #parsed}: a rebuild given up
     * after parsing keeps its parsed notes, and a save it read must still count as a change.
     */
    private Map<String, SourceFile> shown = Map.of();
    private Map<String, Rendered> pages = new ConcurrentHashMap<>();
    private Object lastSite;
    private SearchIndexer.SearchBundle search;
    private SortedMap<String, byte[]> site = Collections.emptySortedMap();
    private Library library;
    /** The newest vault: {@link #library}, or that library with notes a {@link #quick} showed patched in. */
    private Library newest;
    private Library inputsFor;
    private SearchIndexer.Inputs inputs;
    /** What the last good rebuild knew beyond the library: the vault's other files, topic entries, deck parts, problems. */
    private List<String> otherFiles = List.of();
    private Map<String, String> topicEntries = Map.of();
    private Map<NoteId, Integer> deckParts = Map.of();
    private List<Diagnostic> lastProblems = List.of();

    /** A note's source and what parsing it gave. */
    private record Parsed(SourceFile source, Result<Note> result) {
    }

    /** A page as last rendered, and the template and view it was rendered from. */
    private record Rendered(String template, Object view, byte[] bytes) {
    }

    /**
     * One rebuild's outcome. {@code files} is the whole site (the previous one, unchanged, when the
     * rebuild failed); {@code changed} the paths whose bytes differ from the last good site (added
     * and removed included); {@code rendered} the pages whose template ran; {@code quick} whether it
     * is only the saved notes' pages ({@link #quick}).
     */
    public record Outcome(SortedMap<String, byte[]> files, Set<String> changed, Set<String> rendered,
                          List<Diagnostic> diagnostics, boolean failed, Map<String, Long> stageMillis, boolean quick) {
    }

    public LiveBuild(Path notesDir, Optional<Path> templatesDir) {
        this.notesDir = notesDir;
        this.templatesDir = templatesDir;
        MarkdownDialect dialect = new MarkdownDialect();
        this.noteParser = new NoteParser(dialect);
        NoteHtmlRenderer htmlRenderer = new NoteHtmlRenderer(dialect);
        this.bodies = NoteBodies.kept(htmlRenderer);
        this.planner = new PagePlanner(htmlRenderer, bodies);
        this.pageRenderer = new PageRenderer(new Templates(templatesDir));
    }

    /** Templates changed: read them again, and render every page again (any page may use any template). */
    public void templatesChanged() {
        pageRenderer = new PageRenderer(new Templates(templatesDir));
        pages = new ConcurrentHashMap<>();
    }

    /** The library of the last rebuild, for {@link #search}; null before the first. */
    public Library library() {
        return library;
    }

    /** How many notes' HTML has been rendered since this preview started. */
    public int notesRendered() {
        return bodies.rendered();
    }

    /**
     * What search reads of the newest vault this preview knows: the last rebuild's, or the one a
     * {@link #quick} patch made since (so a search can start before the full rebuild is done).
     */
    public SearchIndexer.Inputs searchInputs() {
        return inputsOf(newest);
    }

    /** Indexes {@code inputs} for search; pure, so it may run on another thread while the preview rebuilds. */
    public SearchIndexer.SearchBundle search(SearchIndexer.Inputs inputs) {
        return search(inputs, () -> false);
    }

    /** As {@link #search(SearchIndexer.Inputs)}, stopping (CancellationException) soon after {@code cancelled} turns true. */
    public SearchIndexer.SearchBundle search(SearchIndexer.Inputs inputs, java.util.function.BooleanSupplier cancelled) {
        return searchIndexer.index(inputs, cancelled);
    }

    /** As {@link #search(SearchIndexer.Inputs, java.util.function.BooleanSupplier)}, handing the search files to {@code filesReady} before related sections are found. */
    public SearchIndexer.SearchBundle search(SearchIndexer.Inputs inputs, java.util.function.BooleanSupplier cancelled,
                                             java.util.function.Consumer<List<OutputFile>> filesReady) {
        return searchIndexer.index(inputs, cancelled, filesReady);
    }

    /**
     * Takes a search's files, made from {@code inputs}, ahead of its related sections, if they are
     * still the newest vault's: the site with the new search files in, at once. Empty if the vault
     * has changed since; {@link #searched} follows with the whole bundle.
     */
    public Optional<Outcome> searchFiles(SearchIndexer.Inputs inputs, List<OutputFile> searchFiles) {
        if (newest == null || !inputs.equals(inputsOf(newest))) return Optional.empty();
        return Optional.of(publish(withSearchFiles(searchFiles), Set.of(), lastProblems, Map.of()));
    }

    /** The site with the last search's files replaced by {@code searchFiles}. */
    private SortedMap<String, byte[]> withSearchFiles(List<OutputFile> searchFiles) {
        SortedMap<String, byte[]> files = new TreeMap<>(site);
        if (search != null) search.files().forEach(f -> files.remove(f.path().value()));
        searchFiles.forEach(f -> files.put(f.path().value(), f.bytes()));
        return files;
    }

    /**
     * Takes a search's results, made from {@code inputs}, if they are still the newest vault's (the
     * last rebuild's, or the one a {@link #quick} patch made since): the site with the new search
     * files in, at once (the pages showing related sections follow with the next {@link #rebuild}).
     * Empty if the vault has changed since.
     */
    public Optional<Outcome> searched(SearchIndexer.Inputs inputs, SearchIndexer.SearchBundle bundle) {
        if (newest == null || !inputs.equals(inputsOf(newest))) return Optional.empty();
        SortedMap<String, byte[]> files = withSearchFiles(bundle.files());
        search = bundle;
        return Optional.of(publish(files, Set.of(), lastProblems, Map.of()));
    }

    /** The search inputs of {@code vault}, kept for the last one asked (they are compared, not rebuilt, most times). */
    private SearchIndexer.Inputs inputsOf(Library vault) {
        if (vault != inputsFor) {
            inputs = searchIndexer.inputs(vault);
            inputsFor = vault;
        }
        return inputs;
    }

    /** Reads the vault again and rebuilds what changed. */
    public Outcome rebuild() {
        return rebuild(() -> false);
    }

    /**
     * As {@link #rebuild()}, given up (CancellationException) soon after {@code cancelled} turns true: a
     * new save makes this rebuild's result old before it is done. Nothing is kept of a rebuild given
     * up but what is right anyway (parsed notes, rendered note HTML, each with its inputs).
     */
    public Outcome rebuild(java.util.function.BooleanSupplier cancelled) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!Files.isDirectory(notesDir)) {
            return failed(List.of(Diagnostic.error("", 0, "notes folder " + notesDir + " does not exist or is not a folder")));
        }
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        long start = System.nanoTime();
        VaultFiles vault = vaultLoader.load(notesDir);
        diagnostics.addAll(vault.diagnostics());
        start = lap(millis, "load", start);
        List<Note> notes = parse(vault.sources(), diagnostics);
        start = lap(millis, "parse", start);
        Result<Library> resolved = libraryBuilder.build(notes, vault.otherFiles());
        diagnostics.addAll(resolved.diagnostics());
        Library next = resolved.value();
        start = lap(millis, "resolve", start);
        stopIf(cancelled);
        SitePlan plan = planner.plan(next, related(next));
        start = lap(millis, "plan", start);
        stopIf(cancelled);
        Set<String> rendered = Collections.newSetFromMap(new ConcurrentHashMap<>());
        Map<String, Rendered> nextPages = new ConcurrentHashMap<>();
        boolean siteChanged = !plan.site().equals(lastSite);
        List<List<Diagnostic>> problems = plan.pages().parallelStream()
                .map(page -> {
                    stopIf(cancelled);
                    return render(page, plan, siteChanged, nextPages, rendered);
                }).toList();
        problems.forEach(diagnostics::addAll);
        lap(millis, "render", start);
        List<Diagnostic> sorted = diagnostics.stream().sorted().toList();
        if (sorted.stream().anyMatch(d -> d.severity() == Severity.ERROR)) return failed(sorted);
        library = next;
        newest = next;
        shown = sources(parsed);
        lastSite = plan.site();
        otherFiles = vault.otherFiles();
        topicEntries = plan.topicEntries();
        deckParts = plan.deckParts();
        lastProblems = sorted;
        pages = nextPages;
        SortedMap<String, byte[]> files = new TreeMap<>();
        nextPages.forEach((path, page) -> files.put(path, page.bytes()));
        themeLoader.load(templatesDir).forEach(f -> files.put(f.path().value(), f.bytes()));
        for (String asset : next.assets()) read(notesDir.resolve(asset)).ifPresent(bytes -> files.put("files/" + asset, bytes));
        // The mark build leaves in its output, so the served site is the built one, file for file.
        files.put(OutputGuard.MARKER, SiteWriter.MARK.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (search != null) search.files().forEach(f -> files.put(f.path().value(), f.bytes()));
        return publish(files, rendered, sorted, millis);
    }

    /** Notes a save may touch for {@link #quick} to show them first; more is a bulk change (a sync, a checkout). */
    static final int QUICK_NOTES = 4;

    /**
     * The pages of notes that were only edited (none added, removed or renamed, no other file
     * changed), made from the last library with those notes patched in, so the writer sees the note
     * they saved before the whole vault is rebuilt (at 1,000 notes, most of a second). Empty when the
     * change is anything else: the full {@link #rebuild}, which must follow in any case, handles it,
     * and corrects anything of these pages the edit changed elsewhere (a new backlink, a tag's count).
     *
     * @param changed absolute paths the watcher reported
     */
    public Optional<Outcome> quick(Set<Path> changed) {
        if (library == null) return Optional.empty();
        Path root = notesDir.toAbsolutePath().normalize();
        Map<NoteId, Note> edited = new java.util.LinkedHashMap<>();
        Map<String, SourceFile> nowShown = new HashMap<>(shown);
        for (Path path : changed) {
            if (!path.startsWith(root) || path.equals(root)) return Optional.empty();
            String rel = root.relativize(path).toString().replace('\\', '/');
            if (VaultLoader.isHidden(root.relativize(path))) continue; // an editor's temporary file
            Parsed before = parsed.get(rel);
            if (before == null || !Files.isRegularFile(path) || edited.size() == QUICK_NOTES) return Optional.empty();
            Optional<SourceFile> source = vaultLoader.readNote(path, rel);
            if (source.isEmpty()) return Optional.empty();
            if (source.get().equals(shown.get(rel))) continue;
            Parsed now = source.get().equals(before.source()) ? before : new Parsed(source.get(), noteParser.parse(source.get()));
            NoteId id = now.result().value().id();
            // A note parsed by a rebuild that did not finish (given up, or failed) may not be in the library yet.
            if (!id.equals(before.result().value().id()) || !library.pages().containsKey(id)) return Optional.empty();
            parsed = withParsed(now);
            nowShown.put(rel, source.get());
            edited.put(id, now.result().value());
        }
        if (edited.isEmpty()) return Optional.empty();
        Library patched = libraryBuilder.patch(library, List.copyOf(edited.values()), otherFiles);
        shown = nowShown;
        newest = patched;
        SitePlan plan = planner.notePages(patched, related(patched), topicEntries, deckParts, edited.keySet());
        SortedMap<String, byte[]> files = new TreeMap<>(site);
        Set<String> rendered = new TreeSet<>();
        for (PlannedPage page : plan.pages()) {
            Result<OutputFile> result = pageRenderer.render(page, plan.site());
            if (result.value() == null) return Optional.empty(); // a template error: the full rebuild reports it
            files.put(page.path().value(), result.value().bytes());
            rendered.add(page.path().value());
        }
        // Only these pages were put in: comparing them alone, not the whole site, keeps this path short.
        Set<String> changedPages = new TreeSet<>();
        for (String path : rendered) if (!Arrays.equals(files.get(path), site.get(path))) changedPages.add(path);
        site = Collections.unmodifiableSortedMap(files);
        return Optional.of(new Outcome(site, changedPages, rendered, lastProblems, false, Map.of(), true));
    }

    private static Map<String, SourceFile> sources(Map<String, Parsed> parsed) {
        Map<String, SourceFile> sources = new HashMap<>(parsed.size() * 2);
        parsed.forEach((path, p) -> sources.put(path, p.source()));
        return sources;
    }

    private Map<String, Parsed> withParsed(Parsed now) {
        Map<String, Parsed> next = new HashMap<>(parsed);
        next.put(now.source().path(), now);
        return next;
    }

    /** Parses the notes whose source changed; the rest come from the last rebuild. */
    private List<Note> parse(List<SourceFile> sources, List<Diagnostic> diagnostics) {
        Map<String, Parsed> kept = parsed;
        List<Parsed> results = sources.parallelStream().map(source -> {
            Parsed before = kept.get(source.path());
            return before != null && before.source().equals(source) ? before : new Parsed(source, noteParser.parse(source));
        }).toList();
        Map<String, Parsed> next = new HashMap<>();
        List<Note> notes = new ArrayList<>(results.size());
        for (Parsed p : results) {
            next.put(p.source().path(), p);
            diagnostics.addAll(p.result().diagnostics());
            notes.add(p.result().value());
        }
        parsed = next;
        return notes;
    }

    /** The last search's related sections, without notes that are gone (the next search brings new ones). */
    private SortedMap<NoteId, List<RelatedSection>> related(Library next) {
        SortedMap<NoteId, List<RelatedSection>> related = new TreeMap<>();
        if (search == null) return related;
        search.related().forEach((note, sections) -> {
            if (!next.pages().containsKey(note)) return;
            related.put(note, sections.stream().filter(s -> next.pages().containsKey(s.note())).toList());
        });
        return related;
    }

    private List<Diagnostic> render(PlannedPage page, SitePlan plan, boolean siteChanged, Map<String, Rendered> next,
                                    Set<String> rendered) {
        String path = page.path().value();
        Object view = page.view();
        Rendered before = pages.get(path);
        if (!siteChanged && before != null && before.template().equals(page.template()) && before.view().equals(view)) {
            next.put(path, before);
            return List.of();
        }
        Result<OutputFile> result = pageRenderer.render(page, view, plan.site());
        if (result.value() != null) {
            next.put(path, new Rendered(page.template(), view, result.value().bytes()));
            rendered.add(path);
        }
        return result.diagnostics();
    }

    private static void stopIf(java.util.function.BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException("a newer save came in");
    }

    private static long lap(Map<String, Long> millis, String stage, long start) {
        long now = System.nanoTime();
        millis.put(stage, (now - start) / 1_000_000);
        return now;
    }

    private Outcome publish(SortedMap<String, byte[]> files, Set<String> rendered, List<Diagnostic> diagnostics,
                            Map<String, Long> millis) {
        Set<String> changed = new TreeSet<>();
        files.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, site.get(path))) changed.add(path);
        });
        site.keySet().stream().filter(path -> !files.containsKey(path)).forEach(changed::add);
        site = Collections.unmodifiableSortedMap(files);
        return new Outcome(site, changed, new TreeSet<>(rendered), diagnostics, false, millis, false);
    }

    private Outcome failed(List<Diagnostic> diagnostics) {
        return new Outcome(site, Set.of(), Set.of(), diagnostics, true, Map.of(), false);
    }

    /** An image or attachment; empty if it went away since the vault was read (the next rebuild tells). */
    private static Optional<byte[]> read(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
