package org.studysite.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.diagnostics.DiagnosticFormatter;
import org.studysite.search.SearchIndexer;

/**
 * {@code studysite serve}: builds the vault into memory, serves it, and rebuilds when a note, an
 * image or a template is saved, telling open pages what changed. One thread rebuilds (events come
 * to it in a queue, so rebuilds never overlap); the watcher and the search run on their own threads
 * and post to that queue. Nothing is written anywhere: the site lives in memory.
 */
public final class PreviewSession implements AutoCloseable {
    /** What to serve, and where. */
    public record Settings(Path notes, Optional<Path> templates, String host, int port) {
    }

    /** What the rebuild thread is told: files changed, a search is done or failed, or stop. */
    private sealed interface Event permits Changed, SearchFiles, Searched, SearchFailed, Stop {
    }

    private record Changed(Set<Path> paths) implements Event {
    }

    /** A search's files, ahead of its related sections (they go out at once). */
    private record SearchFiles(SearchIndexer.Inputs inputs, List<org.studysite.model.OutputFile> files) implements Event {
    }

    private record Searched(SearchIndexer.Inputs inputs, SearchIndexer.SearchBundle bundle) implements Event {
    }

    /** A search ended in an error: the full rebuild it was to bring still runs (without a new search). */
    private record SearchFailed() implements Event {
    }

    private record Stop() implements Event {
    }

    private final Settings settings;
    private final LiveBuild build;
    private final PreviewServer server;
    private final FolderWatcher watcher;
    private final PrintWriter out;
    private final PrintWriter err;
    private final DiagnosticFormatter formatter;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    /**
     * How long after a rebuild the search waits before it starts: it takes both cores for seconds on a
     * large vault, so it waits for the pages the rebuild changed to reload, and for a save that follows
     * at once (a newer save stops a search under way in any case).
     */
    static final long SEARCH_DELAY_MS = 250;
    private final ScheduledExecutorService searching = Executors.newSingleThreadScheduledExecutor(new ServeThreads("studysite-search"));
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Future<?> search;
    /** What the search thread should index; set to null when the vault changes, which stops that search. */
    private volatile SearchIndexer.Inputs wanted;
    /** Saves seen by the watcher: a full rebuild gives way when this moves on (the new save is shown first). */
    private final java.util.concurrent.atomic.AtomicLong saves = new java.util.concurrent.atomic.AtomicLong();
    private List<String> problems = List.of();

    /** Told each outcome the server published (tests and the benchmark wait on these). */
    public interface Listener {
        void published(LiveBuild.Outcome outcome, long nanos);
    }

    private PreviewSession(Settings settings, LiveBuild build, PreviewServer server, FolderWatcher watcher,
                           PrintWriter out, PrintWriter err) {
        this.settings = settings;
        this.build = build;
        this.server = server;
        this.watcher = watcher;
        this.out = out;
        this.err = err;
        this.formatter = new DiagnosticFormatter(settings.notes());
    }

    /** Builds the whole site (search included), starts serving it and watching the folders. */
    public static PreviewSession start(Settings settings, PrintWriter out, PrintWriter err) throws IOException {
        LiveBuild build = new LiveBuild(settings.notes(), settings.templates());
        LiveBuild.Outcome first = build.rebuild();
        if (build.library() != null) {
            SearchIndexer.Inputs inputs = build.searchInputs();
            if (build.searched(inputs, build.search(inputs)).isPresent()) first = build.rebuild();
        }
        List<Path> watched = new ArrayList<>(List.of(settings.notes()));
        settings.templates().ifPresent(watched::add);
        FolderWatcher watcher = new FolderWatcher(watched);
        PreviewServer server = PreviewServer.start(settings.host(), settings.port());
        PreviewSession session = new PreviewSession(settings, build, server, watcher, out, err);
        session.show(first, 0);
        new ServeThreads("studysite-watch").newThread(session::watch).start();
        new ServeThreads("studysite-rebuild").newThread(session::rebuildLoop).start();
        return session;
    }

    public URI address() {
        return server.address();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Blocks until {@link #close}. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void watch() {
        try {
            for (Set<Path> changed = watcher.next(); !changed.isEmpty(); changed = watcher.next()) {
                if (hiddenNotesOnly(changed)) continue; // an editor's temporary file: the rename after it is the save
                wanted = null; // a search of the vault as it was would only slow the rebuild
                saves.incrementAndGet(); // before the event: whoever takes the event must see the count moved
                events.add(new Changed(changed));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether every path is hidden in the notes folder (the vault ignores those): an editor's
     * temporary file can come a batch before the rename that saves it, and must not stop a search
     * or a rebuild for nothing.
     */
    private boolean hiddenNotesOnly(Set<Path> changed) {
        Path notes = settings.notes().toAbsolutePath().normalize();
        return changed.stream().allMatch(p -> p.startsWith(notes) && !p.equals(notes)
                && org.studysite.load.VaultLoader.isHidden(notes.relativize(p)));
    }

    private void rebuildLoop() {
        try {
            for (Event event = events.take(); !(event instanceof Stop); event = events.take()) {
                handle(event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(Event event) {
        long start = System.nanoTime();
        try {
            if (event instanceof SearchFiles s) {
                build.searchFiles(s.inputs(), s.files()).ifPresent(outcome -> show(outcome, System.nanoTime() - start));
                return;
            }
            if (event instanceof Searched s) {
                // Search files go out at once; the rebuild below brings the pages' related sections.
                Optional<LiveBuild.Outcome> withSearch = build.searched(s.inputs(), s.bundle());
                if (withSearch.isEmpty()) return;
                show(withSearch.get(), System.nanoTime() - start);
            }
            if (event instanceof Changed changed) {
                // Saves that came while the last rebuild ran are one rebuild, not one each.
                Set<Path> paths = new java.util.TreeSet<>(changed.paths());
                for (Event more = events.peek(); more instanceof Changed c; more = events.peek()) {
                    events.poll();
                    paths.addAll(c.paths());
                }
                if (touchesTemplates(paths)) {
                    build.templatesChanged();
                } else {
                    // The note just saved first, then its search, then the rest of the site: search is
                    // what the writer waits for next, and its Searched event brings the full rebuild
                    // (with the new related sections). On two cores, running the search beside the
                    // rebuild slowed both, and the next save's page too.
                    Optional<LiveBuild.Outcome> quick = build.quick(paths);
                    quick.ifPresent(q -> show(q, System.nanoTime() - start));
                    if (quick.isPresent()) {
                        letThePageReload();
                        if (searchSoon(build.searchInputs(), 0)) return;
                    }
                }
            }
            long seen = saves.get();
            LiveBuild.Outcome outcome = build.rebuild(() -> saves.get() != seen || !events.isEmpty() && events.peek() instanceof Changed);
            show(outcome, System.nanoTime() - start);
            // A rebuild whose vault differs from the one searched (a new note, or an edit that changed
            // other notes' text) indexes it again; an equal one does not.
            if (!(event instanceof SearchFailed) && !outcome.failed()) searchSoon(build.searchInputs(), SEARCH_DELAY_MS);
        } catch (java.util.concurrent.CancellationException newer) {
            // A newer save came in: its event is next in the queue, and its rebuild covers this one's changes.
            // Should it have been taken already (folded into this one), a rebuild is still owed.
            if (!(events.peek() instanceof Changed)) events.add(new Changed(Set.of()));
        } catch (RuntimeException | Error e) {
            // A bug must not stop the preview: say it where the writer looks, and keep the last good site.
            String line = "studysite: error: rebuilding failed: " + e;
            err.println(line);
            server.problems(List.of(line));
        }
    }

    /**
     * Waits a moment after showing a saved note, unless another save comes: the open page reloads
     * now, and the full rebuild on both cores made that reload (what the writer waits for) slower.
     */
    private void letThePageReload() {
        long until = System.nanoTime() + QUICK_GRACE_MS * 1_000_000;
        try {
            while (events.isEmpty() && System.nanoTime() < until) Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing: the rebuild loop ends at its next take
        }
    }

    /** How long the full rebuild waits after a saved note was shown, if no other save comes. */
    static final long QUICK_GRACE_MS = 250;

    private boolean touchesTemplates(Set<Path> paths) {
        if (settings.templates().isEmpty()) return false;
        Path templates = settings.templates().get().toAbsolutePath().normalize();
        return paths.stream().anyMatch(p -> p.startsWith(templates));
    }

    /**
     * Indexes {@code inputs} on the search thread after {@code delayMs}, unless the search under way
     * (or done) is of equal inputs already (a save that changed no text, tag or title); a search not
     * yet started for an older vault is dropped. True if a search was scheduled: its event will come.
     */
    private boolean searchSoon(SearchIndexer.Inputs inputs, long delayMs) {
        if (inputs.equals(wanted)) return false;
        if (search != null) search.cancel(false);
        wanted = inputs;
        search = searching.schedule(() -> {
            if (wanted != inputs) return; // a newer save: its event is queued, and brings what this one owed
            try {
                java.util.function.BooleanSupplier cancelled = () -> wanted != inputs;
                SearchIndexer.SearchBundle bundle = build.search(inputs, cancelled, files -> events.add(new SearchFiles(inputs, files)));
                events.add(new Searched(inputs, bundle));
            } catch (java.util.concurrent.CancellationException dropped) {
                // The vault changed while indexing: the next rebuild schedules a search of it.
            } catch (RuntimeException e) {
                err.println("studysite: error: the search index could not be rebuilt (search shows the vault as it was): " + e);
                err.flush();
                events.add(new SearchFailed());
            }
        }, delayMs, TimeUnit.MILLISECONDS);
        return true;
    }

    private void show(LiveBuild.Outcome outcome, long nanos) {
        List<String> lines = outcome.diagnostics().stream().map(this::format).toList();
        if (!lines.equals(problems)) {
            lines.stream().filter(l -> !problems.contains(l)).forEach(err::println);
            problems = lines;
            server.problems(lines);
        }
        if (!outcome.changed().isEmpty() || nanos == 0) {
            server.publish(outcome.files(), outcome.changed());
            if (nanos > 0) {
                out.println(String.format(Locale.ROOT, "%s in %d ms: %d changed, %d rendered",
                        outcome.quick() ? "saved note shown" : "rebuilt", nanos / 1_000_000, outcome.changed().size(), outcome.rendered().size()));
            }
        }
        out.flush();
        err.flush();
        listeners.forEach(l -> l.published(outcome, nanos));
    }

    private String format(Diagnostic d) {
        return formatter.format(d);
    }

    /** Stops watching, serving and searching; returns within a second. */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException ignored) {
            // Closing is best effort: the process is ending.
        }
        events.add(new Stop());
        wanted = null; // a search under way stops at its next check, its helper threads too
        searching.shutdownNow();
        server.close();
        stopped.countDown();
    }

}
