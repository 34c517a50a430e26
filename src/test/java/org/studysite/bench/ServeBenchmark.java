package org.studysite.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.studysite.serve.LiveBuild;
import org.studysite.serve.PreviewSession;

/**
 * Edit-to-refresh latency of {@code studysite serve}, as a writer sees it: a note open in headless
 * Chromium, its file saved (write, then rename over it, as editors do), and the time until the
 * page in the browser shows the edit. Per vault: median and p95 over 25 saves a second apart (a
 * writer typing); then, over 7 saves each waited out, the time until the served search index has
 * the edit and until the whole site is rebuilt, and the pages rendered per edit; and the heap the
 * server holds after a full GC.
 *
 * <p>{@code mvn -q -B -ntp -Pbench verify -Dbench.main=org.studysite.bench.ServeBenchmark -Dbench.sizes=demo,1000}
 */
public final class ServeBenchmark {
    private static final int EDITS = 25;
    /** Saves after which the benchmark waits for search and the whole site to catch up. */
    private static final int SETTLED_EDITS = 7;
    private static final String SEARCH_LUCENE = org.studysite.search.SearchIndexer.LUCENE_DIR + "/";

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("studysite-serve-bench");
        System.out.println("| vault | notes | first build s | save to new page painted: median ms | p95 ms | save to page loaded: median ms | p95 ms | pages rendered per edit (full rebuild) | full rebuild ms (median) | save to first publish ms (median) | save to search caught up ms: median | max | save to whole site rebuilt ms: median | heap held MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (String size : args[0].split(",")) {
            Path vault = work.resolve("vault-" + size);
            int notes = prepare(size, vault);
            run(size, notes, vault, work.resolve("profile-" + size));
        }
    }

    private static int prepare(String size, Path vault) throws IOException {
        if (size.equals("demo")) {
            org.studysite.testing.SiteHarness.copyVault(Path.of("notes"), vault);
        } else {
            new SyntheticVault(42, Integer.parseInt(size)).write(vault);
        }
        try (Stream<Path> files = Files.walk(vault)) {
            return (int) files.filter(f -> f.toString().endsWith(".md")).count();
        }
    }

    private static void run(String size, int notes, Path vault, Path profile) throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        PrintWriter quiet = timed(log);
        long start = System.nanoTime();
        PreviewSession session = PreviewSession.start(new PreviewSession.Settings(vault, Optional.empty(), "127.0.0.1", 0), quiet, quiet);
        double firstBuild = (System.nanoTime() - start) / 1e9;
        List<LiveBuild.Outcome> outcomes = new CopyOnWriteArrayList<>();
        List<Long> rebuildMillis = new CopyOnWriteArrayList<>();
        List<Long> publishedAt = new CopyOnWriteArrayList<>();
        List<Long> searchedAt = new CopyOnWriteArrayList<>();
        List<Long> rebuiltAt = new CopyOnWriteArrayList<>();
        session.addListener((outcome, nanos) -> {
            if (!outcome.changed().isEmpty()) publishedAt.add(System.nanoTime());
            // What the browser's search reads (Lucene's own files, for the command line, follow later).
            if (outcome.changed().stream().anyMatch(p -> p.startsWith("search/") && !p.startsWith(SEARCH_LUCENE))) searchedAt.add(System.nanoTime());
            if (!outcome.quick() && !outcome.rendered().isEmpty()) rebuiltAt.add(System.nanoTime());
            // A save's full rebuild (a search's coming in changes search/ files and is not counted).
            if (!outcome.quick() && outcome.changed().stream().noneMatch(p -> p.startsWith("search/"))) {
                outcomes.add(outcome);
                rebuildMillis.add(nanos / 1_000_000);
            }
        });
        ChromeDriver driver = chromium(profile);
        try {
            Path note = pick(vault);
            String page = "notes/" + vault.relativize(note).toString().replace('\\', '/').replaceAll("\\.md$", ".html");
            driver.get(session.address().resolve(page).toString());
            List<Double> latencies = new ArrayList<>();
            List<Double> toPublish = new ArrayList<>();
            List<Double> paints = new ArrayList<>();
            String text = Files.readString(note);
            for (int i = 0; i < EDITS; i++) {
                String marker = "edit" + i + "x" + System.nanoTime();
                String edited = text.replaceFirst("\n\n", "\n\nThe writer saved " + marker + " here.\n\n");
                Path saved = note.resolveSibling("." + note.getFileName() + ".tmp");
                Files.writeString(saved, edited);
                long saveAt = System.nanoTime();
                long saveEpochMs = System.currentTimeMillis();
                Files.move(saved, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                while (!Boolean.TRUE.equals(driver.executeScript(
                        "return document.readyState === 'complete' && document.body.textContent.includes(arguments[0])", marker))) {
                    if (System.nanoTime() - saveAt > 30_000_000_000L) throw new IllegalStateException("edit " + i + " never showed");
                    // Polling the browser takes a core from the server; latency is read from the browser's own clock below.
                    Thread.sleep(25);
                }
                latencies.add((System.nanoTime() - saveAt) / 1e6);
                // When the reloaded page first painted, by the browser's clock (the same machine's).
                Number painted = (Number) driver.executeScript("const p = performance.getEntriesByName('first-contentful-paint')[0];"
                        + " return p ? performance.timeOrigin + p.startTime : null");
                if (painted != null) paints.add(painted.doubleValue() - saveEpochMs);
                long at = saveAt;
                publishedAt.stream().filter(t -> t > at).findFirst().ifPresent(t -> toPublish.add((t - at) / 1e6));
                Thread.sleep(1000); // a writer types between saves: the background search starts, as it would
            }
            // Search catching up, and the whole site: saves a writer then pauses after, each waited out.
            List<Double> searched = new ArrayList<>();
            List<Double> settled = new ArrayList<>();
            Thread.sleep(4000); // the last typed save's search and rebuild are done
            for (int i = 0; i < SETTLED_EDITS; i++) {
                String edited = text.replaceFirst("\n\n", "\n\nThe writer paused after saving settled" + i + "x" + System.nanoTime() + " here.\n\n");
                Path saved = note.resolveSibling("." + note.getFileName() + ".tmp");
                Files.writeString(saved, edited);
                long saveAt = System.nanoTime();
                Files.move(saved, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                searched.add(firstAfter(searchedAt, saveAt));
                settled.add(firstAfter(rebuiltAt, saveAt));
                if (searched.get(i) > 2000) {
                    // Say what the preview did, so a slow catch-up can be told from noise.
                    System.out.printf(Locale.ROOT, "slow catch-up after save %d (%.0f ms); the preview's log since the save:%n", i, searched.get(i));
                    log.stream().filter(line -> Long.parseLong(line.substring(0, line.indexOf(' '))) > saveAt)
                            .forEach(line -> System.out.printf(Locale.ROOT, "  +%.0f ms %s%n", (Long.parseLong(line.substring(0, line.indexOf(' '))) - saveAt) / 1e6, line.substring(line.indexOf(' ') + 1)));
                }
                Thread.sleep(1000);
            }
            Thread.sleep(2000);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            double pages = outcomes.stream().mapToInt(o -> o.rendered().size()).average().orElse(0);
            System.out.println(String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.1f | %d | %.0f | %.0f | %.0f | %.0f | %d |", size, notes, firstBuild,
                    percentile(paints, 50), percentile(paints, 95), percentile(latencies, 50), percentile(latencies, 95), pages, median(rebuildMillis),
                    toPublish.isEmpty() ? 0 : percentile(toPublish, 50), percentile(searched, 50), percentile(searched, 100), percentile(settled, 50),
                    heap / 1_000_000));
        } finally {
            driver.quit();
            session.close();
        }
    }

    /** A note in the middle of the vault, as a writer would have open. */
    private static Path pick(Path vault) throws IOException {
        try (Stream<Path> files = Files.walk(vault)) {
            List<Path> notes = files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("index.md"))
                    .sorted().toList();
            return notes.get(notes.size() / 2);
        }
    }

    /** A writer that keeps each line the preview prints, after the time it was printed (System.nanoTime). */
    private static PrintWriter timed(List<String> lines) {
        return new PrintWriter(new java.io.Writer() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public synchronized void write(char[] chars, int from, int length) {
                for (int i = from; i < from + length; i++) {
                    if (chars[i] != '\n') {
                        line.append(chars[i]);
                        continue;
                    }
                    lines.add(System.nanoTime() + " " + line);
                    line.setLength(0);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, true);
    }

    /** Milliseconds from {@code saveAt} to the first time in {@code times} after it (waiting up to 30 s for one). */
    private static double firstAfter(List<Long> times, long saveAt) throws InterruptedException {
        long until = saveAt + 30_000_000_000L;
        while (times.stream().noneMatch(t -> t > saveAt)) {
            if (System.nanoTime() > until) throw new IllegalStateException("nothing published within 30 s of a save");
            Thread.sleep(20);
        }
        return (times.stream().filter(t -> t > saveAt).findFirst().orElseThrow() - saveAt) / 1e6;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--user-data-dir=" + profile);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build(), options);
    }

}
