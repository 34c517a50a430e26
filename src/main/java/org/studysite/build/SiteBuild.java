package org.studysite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.diagnostics.Result;
import org.studysite.load.ThemeLoader;
import org.studysite.load.VaultFiles;
import org.studysite.load.VaultLoader;
import org.studysite.markdown.MarkdownDialect;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.OutputFile;
import org.studysite.model.RelatedSection;
import org.studysite.model.SitePath;
import org.studysite.parse.NoteParser;
import org.studysite.render.NoteHtmlRenderer;
import org.studysite.render.PagePlanner;
import org.studysite.render.PageRenderer;
import org.studysite.render.PlannedPage;
import org.studysite.render.SitePlan;
import org.studysite.render.Templates;
import org.studysite.resolve.LibraryBuilder;
import org.studysite.search.SearchIndexer;
import org.studysite.url.OutputClaims;
import org.studysite.url.SitePaths;
import org.studysite.write.OutputGuard;
import org.studysite.write.SiteWriter;

/**
 * The pipeline, in the order it runs: load the vault, parse each note (in parallel), resolve links
 * and indexes over the whole vault, index sections for search (which also finds related sections),
 * plan and render pages (in parallel), write and swap in. {@code check} skips search and write.
 */
public final class SiteBuild {
    private final VaultLoader vaultLoader = new VaultLoader();
    private final ThemeLoader themeLoader = new ThemeLoader();
    private final OutputGuard outputGuard = new OutputGuard();
    private final SiteWriter siteWriter = new SiteWriter();
    private final NoteParser noteParser;
    private final LibraryBuilder libraryBuilder = new LibraryBuilder();
    private final PagePlanner pagePlanner;
    private final PageRenderer pageRenderer;
    private final SearchIndexer searchIndexer;

    public SiteBuild(MarkdownDialect dialect, Templates templates) {
        this(dialect, templates, new SearchIndexer());
    }

    public SiteBuild(MarkdownDialect dialect, Templates templates, SearchIndexer searchIndexer) {
        this.searchIndexer = searchIndexer;
        this.noteParser = new NoteParser(dialect);
        this.pagePlanner = new PagePlanner(new NoteHtmlRenderer(dialect));
        this.pageRenderer = new PageRenderer(templates);
    }

    /** A build with the standard dialect and templates (the user's folder overriding the packed ones). */
    public static SiteBuild standard(Optional<Path> templatesDir) {
        return new SiteBuild(new MarkdownDialect(), new Templates(templatesDir));
    }

    public BuildReport build(BuildOptions options) {
        return build(options, BuildProgress.NONE);
    }

    /** Builds, telling {@code progress} each stage and how far it is. */
    public BuildReport build(BuildOptions options, BuildProgress progress) {
        try {
            return run(options, progress);
        } finally {
            progress.finished();
        }
    }

    private BuildReport run(BuildOptions options, BuildProgress progress) {
        long start = System.nanoTime();
        StageTimer timer = new StageTimer(progress);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<String> refused = !java.nio.file.Files.isDirectory(options.notesDir())
                ? Optional.of("notes folder " + options.notesDir() + " does not exist or is not a folder")
                : options.write() ? outputGuard.check(options.notesDir(), options.outDir()) : Optional.empty();
        if (refused.isPresent()) {
            return report(options, null, List.of(Diagnostic.error("", 0, refused.get())), timer, start, false);
        }
        Handover held = new Handover();
        held.vault = timer.time("load", 0, () -> vaultLoader.load(options.notesDir()));
        diagnostics.addAll(held.vault.diagnostics());
        held.parsed = timer.time("parse", held.vault.sources().size(),
                () -> held.vault.sources().parallelStream().map(source -> counted(progress, noteParser.parse(source))).toList());
        held.parsed.forEach(p -> diagnostics.addAll(p.diagnostics()));
        List<String> otherFiles = held.vault.otherFiles();
        held.vault = null;
        held.library = timer.time("resolve", 0, () -> {
            Result<Library> resolved = libraryBuilder.build(held.parsed.stream().map(Result::value).toList(), otherFiles);
            diagnostics.addAll(resolved.diagnostics());
            return resolved.value();
        });
        held.parsed = null;
        // Nothing is written once an error (or, under --strict, a warning) is known; pages still render, to report theirs.
        boolean writing = options.write() && writable(diagnostics, options.strict());
        boolean written = false;
        // Every output is claimed before it is written: two for one path are an error, never a silent overwrite.
        OutputClaims claims = new OutputClaims();
        try (SiteWriter.Staging staging = writing ? siteWriter.stage(options.outDir()) : null) {
            // Search before render: note pages show related sections, found in the search index.
            SortedMap<NoteId, List<RelatedSection>> related = staging == null ? new TreeMap<>()
                    : timer.time("search", 0, () -> search(held.library, staging, claims, diagnostics));
            held.library = held.library.withoutSearchTexts();
            SitePlan plan = timer.time("plan", 0, () -> pagePlanner.plan(held.library, related));
            List<PlannedPage> pages = claimed(plan.pages(), page -> page.path(), page -> "a page made with " + page.template(), claims, diagnostics);
            // Each page is written as soon as it is rendered, so memory holds the pages in flight, not the site.
            List<List<Diagnostic>> rendered = timer.time("render", pages.size(), () -> pages.parallelStream().map(page -> {
                Result<OutputFile> result = pageRenderer.render(page, plan.site());
                if (staging != null && result.value() != null) staging.write(result.value());
                progress.advance(1);
                return result.diagnostics();
            }).toList());
            rendered.forEach(diagnostics::addAll);
            // Claimed before deciding to write: a collision among them keeps the site from being swapped in.
            List<OutputFile> theme = writing ? claimed(themeLoader.load(options.templatesDir()), OutputFile::path,
                    file -> "the theme", claims, diagnostics) : List.of();
            List<String> copies = claimed(held.library.assets(), SitePaths::copiedFile, file -> "the vault's " + file, claims, diagnostics);
            written = writing && writable(diagnostics, options.strict());
            if (written) {
                timer.time("write", 0, () -> {
                    theme.forEach(staging::write);
                    staging.copy(options.notesDir(), copies);
                    staging.commit();
                    return null;
                });
            }
        }
        return report(options, held.library, diagnostics, timer, start, written);
    }

    /**
     * What one stage hands the next, each held only while a later stage needs it: the vault's files
     * until parsed, the parsed notes until resolved, the notes' search texts until indexed. Locals
     * would hold them to the end of the build (an interpreted frame keeps every reference it has
     * held), and at 10,000 notes they are most of the heap.
     */
    private static final class Handover {
        VaultFiles vault;
        List<Result<Note>> parsed;
        Library library;
    }

    /** Indexes into the staged site's Lucene folder and writes the browser export; keeps only related sections. */
    private SortedMap<NoteId, List<RelatedSection>> search(Library library, SiteWriter.Staging staging, OutputClaims claims,
                                                           List<Diagnostic> diagnostics) {
        try (Directory lucene = FSDirectory.open(staging.folder(SearchIndexer.LUCENE_DIR), NoLockFactory.INSTANCE)) {
            SearchIndexer.SearchBundle bundle = searchIndexer.index(library, lucene);
            claimed(bundle.files(), OutputFile::path, file -> "the search index", claims, diagnostics).forEach(staging::write);
            return bundle.related();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
        }
    }

    /**
     * The {@code outputs} whose paths were free, in order; an error for each other one. Claimed in a
     * fixed order (not from parallel renderers), so the error names the same two sources every build.
     */
    private static <T> List<T> claimed(List<T> outputs, Function<T, SitePath> path, Function<T, String> source,
                                       OutputClaims claims, List<Diagnostic> diagnostics) {
        List<T> free = new ArrayList<>(outputs.size());
        for (T output : outputs) {
            Optional<String> collision = claims.claim(path.apply(output), source.apply(output));
            if (collision.isPresent()) diagnostics.add(Diagnostic.error("", 0, collision.get())); else free.add(output);
        }
        return free;
    }

    private static boolean writable(List<Diagnostic> diagnostics, boolean strict) {
        return diagnostics.stream().noneMatch(d -> d.severity() == org.studysite.diagnostics.Severity.ERROR)
                && !(strict && !diagnostics.isEmpty());
    }

    private static <T> T counted(BuildProgress progress, T done) {
        progress.advance(1);
        return done;
    }

    private static BuildReport report(BuildOptions options, Library library, List<Diagnostic> diagnostics,
                                      StageTimer timer, long start, boolean written) {
        List<Diagnostic> sorted = diagnostics.stream().sorted().toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (library == null) return new BuildReport(0, 0, 0, 0, sorted, timer.seconds(), seconds, options.strict(), false);
        List<Note> notes = library.pageNotes();
        return new BuildReport(notes.size(), notes.stream().mapToInt(n -> n.sections().size()).sum(),
                library.tags().size(), notes.stream().mapToInt(n -> n.tables().size()).sum(), sorted,
                timer.seconds(), seconds, options.strict(), written);
    }
}
