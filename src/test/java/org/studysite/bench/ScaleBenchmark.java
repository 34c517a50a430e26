package org.studysite.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.studysite.e2e.BenchAccess;

/**
 * The scale benchmark of issue 8 (a main, never a test). For each vault size it writes a synthetic
 * vault of realistic notes ({@link SyntheticVault}, 15-20 KB a note), then, each as a separate process
 * timed by {@code /usr/bin/time -v} (wall clock and peak RSS):
 * <ol>
 * <li>our build, as a user runs it: {@code ./studysite build --notes V --out O --timings} (the launcher, with
 *     its default heap, running a copy of the jar; {@code java -jar} when the checkout has no launcher;
 *     without {@code --timings} if this jar does not know it), with the stage times it prints;</li>
 * <li>Hugo on the same notes (a minimal theme rendering each page's content), when {@code hugo} is on PATH;</li>
 * <li>Pagefind ({@code npx -y pagefind@1.x --site HUGO_OUT}, newest 1.x on npm) over Hugo's output, when
 *     {@code npx} is on PATH;</li>
 * </ol>
 * then, in headless Chromium over a local HTTP server, the bytes a fresh page loads for its first
 * query and the latency of warm queries, for our search and for Pagefind's. Prints one Markdown table
 * (a row per tool and size) and a table of issue 8's targets; to stderr, the 5 largest files of our
 * output and its bytes per top-level folder. Run:
 * <pre>mvn -q -Pbench verify -Dbench.sizes=1000,10000</pre>
 * {@code -Dbench.keep=true} keeps the work folder (printed), {@code -Dbench.pagefind=1.3.0} pins Pagefind.
 */
public final class ScaleBenchmark {
    private static final long MIB = 1024 * 1024;
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    /**
     * CPU seconds (user, system): on a shared 2-core machine wall time moves with whatever else runs
     * (Hugo's 1,000-note build took 4.5 s in one run and 6.6 s in the next), CPU time much less.
     */
    private static final Pattern CPU = Pattern.compile("(?:User|System) time \\(seconds\\): (\\d+(?:\\.\\d+)?)");
    private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):(\\d+(?:\\.\\d+)?)");
    /** A stage line as {@code --timings} may print it: "  parse  12.3 s", "render: 850 ms", "search 4.1s (12%)". */
    private static final Pattern STAGE = Pattern.compile(
            "^\\s*([A-Za-z][\\w /+&.-]{0,40}?)\\s*[:=]?\\s+(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|seconds)?\\s*(?:\\(.*\\)|\\d+(?:\\.\\d+)?\\s*%)?\\s*$");

    /** One row of the table: a tool at a vault size. Missing values are negative or null. */
    private static final class Row {
        final String tool;
        final int notes;
        final long markdown;
        double wall = -1;
        double cpu = -1;
        long rssKb = -1;
        long output = -1;
        String largest = "";
        long largestBytes = -1;
        long lucene = -1;
        long search = -1;
        long pagefind = -1;
        long[] firstQuery;
        double median = -1;
        double p95 = -1;
        String stages = "";
        String note = "";

        Row(String tool, int notes, long markdown) {
            this.tool = tool;
            this.notes = notes;
            this.markdown = markdown;
        }
    }

    /** A finished process: exit code, wall seconds, CPU seconds and peak RSS (KiB; -1 if unknown), its output. */
    private record Run(int exit, double wall, double cpu, long rssKb, String out) {
    }

    private final Path work;
    private final Path jar;
    private final Optional<String> hugo;
    private final Optional<String> npx;
    private final String javaCommand;
    private String pagefindVersion;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> vaults = new ArrayList<>();
    private boolean ourBuildFailed;

    private ScaleBenchmark(Path work, Path jar) {
        this.work = work;
        this.jar = jar;
        this.hugo = onPath("hugo");
        this.npx = onPath("npx");
        this.javaCommand = onPath("java").orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : System.getProperty("bench.sizes", "1000,10000");
        Path jar = Path.of(args.length > 1 ? args[1] : "target/studysite.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("no " + jar + ": run mvn -Pbench verify (it packages first)");
        Path work = Files.createTempDirectory("studysite-scale-");
        boolean keep = Boolean.getBoolean("bench.keep");
        System.err.println("scale benchmark: work folder " + work + ", jar " + jar);
        // Run a copy: others may rebuild target/ while the benchmark runs.
        ScaleBenchmark bench = new ScaleBenchmark(work, Files.copy(jar, work.resolve("studysite.jar")));
        try {
            bench.tools();
            for (String size : sizes.split(",")) {
                if (!size.isBlank()) bench.size(Integer.parseInt(size.trim()));
            }
            bench.print();
        } finally {
            if (keep) System.err.println("scale benchmark: kept " + work);
            else deleteTree(work);
        }
        if (bench.ourBuildFailed) throw new IllegalStateException("our build failed (see above)");
    }

    private void tools() {
        if (!Files.isExecutable(TIME)) System.err.println("note: no /usr/bin/time: peak RSS not measured");
        if (hugo.isEmpty()) System.err.println("note: hugo not on PATH: Hugo and Pagefind skipped");
        if (npx.isEmpty()) System.err.println("note: npx not on PATH: Pagefind skipped");
        if (hugo.isPresent()) System.err.println("hugo: " + quietly(List.of(hugo.get(), "version")).strip());
        if (npx.isPresent() && hugo.isPresent()) {
            pagefindVersion = System.getProperty("bench.pagefind", newestPagefind());
            // Fetch it once now, so the timed run measures indexing, not the download.
            String version = quietly(List.of(npx.get(), "-y", "pagefind@" + pagefindVersion, "--version")).strip();
            System.err.println("pagefind: " + version);
            if (!version.contains(pagefindVersion)) {
                System.err.println("note: could not run pagefind@" + pagefindVersion + " through npx: Pagefind skipped");
                pagefindVersion = null;
            }
        }
    }

    /** The newest 1.x release on npm (1.3.0 if npm cannot say). */
    private String newestPagefind() {
        String json = quietly(List.of(onPath("npm").orElse("npm"), "view", "pagefind", "versions", "--json"));
        Matcher m = Pattern.compile("\"(1\\.(\\d+)\\.(\\d+))\"").matcher(json);
        String best = null;
        long bestKey = -1;
        while (m.find()) {
            long key = Long.parseLong(m.group(2)) * 100_000 + Long.parseLong(m.group(3));
            if (key > bestKey) {
                bestKey = key;
                best = m.group(1);
            }
        }
        return best == null ? "1.3.0" : best;
    }

    private void size(int notes) throws Exception {
        Path vault = work.resolve("vault-" + notes);
        long start = System.nanoTime();
        SyntheticVault synthetic = new SyntheticVault(42, notes);
        synthetic.write(vault);
        String line = String.format(Locale.ROOT, "vault %,d notes: %s of Markdown, %,.0f B a note on average (min %,d, max %,d), written in %.1f s",
                notes, human(synthetic.markdownBytes()), synthetic.averageNoteBytes(), synthetic.minNoteBytes(),
                synthetic.maxNoteBytes(), (System.nanoTime() - start) / 1e9);
        vaults.add(line);
        System.err.println(line);
        long markdown = synthetic.markdownBytes();

        Path ours = work.resolve("site-" + notes);
        Row our = ours(notes, vault, ours, markdown);
        Path hugoOut = work.resolve("hugo-out-" + notes);
        Row hugoRow = hugo.isPresent() ? hugo(notes, vault, hugoOut, markdown) : null;
        Row pagefind = hugoRow != null && hugoRow.note.isEmpty() && pagefindVersion != null ? pagefind(notes, hugoOut, markdown) : null;
        if (our.pagefind < 0 && pagefind != null) our.pagefind = pagefind.pagefind;
        browser(notes, our.note.isEmpty() ? ours : null, our, pagefind != null && pagefind.note.isEmpty() ? hugoOut : null, pagefind);
        rows.add(our);
        if (hugoRow != null) rows.add(hugoRow);
        if (pagefind != null) rows.add(pagefind);
        if (!Boolean.getBoolean("bench.keep")) {
            for (Path p : List.of(vault, ours, hugoOut, work.resolve("hugo-site-" + notes))) deleteTree(p);
        }
    }

    /** Our build, as a user runs it, in a folder without templates/ (so the jar's own are used). */
    private Row ours(int notes, Path vault, Path out, long markdown) throws Exception {
        Row row = new Row("studysite", notes, markdown);
        List<String> command = new ArrayList<>(Files.isRegularFile(LAUNCHER) ? List.of("bash", LAUNCHER.toString())
                : List.of(javaCommand, "-jar", jar.toString()));
        command.addAll(List.of("build", "--notes", vault.toString(), "--out", out.toString(), "--timings"));
        System.err.println("== studysite " + notes + ": " + String.join(" ", command));
        Run run = timed(command, "studysite-" + notes);
        if (run.exit() != 0 && run.out().contains("--timings")) {
            System.err.println("  (this build does not know --timings yet: running without it)");
            command.remove("--timings");
            run = timed(command, "studysite-" + notes);
        }
        row.wall = run.wall();
        row.cpu = run.cpu();
        row.rssKb = run.rssKb();
        List<String> stages = new ArrayList<>();
        int warnings = 0;
        for (String line : run.out().split("\n")) {
            if (line.contains(": warning: ")) {
                if (warnings++ < 5) System.err.println("  " + line);
                continue;
            }
            if (line.isBlank()) continue;
            System.err.println("  | " + line);
            Matcher m = STAGE.matcher(line);
            if (!line.startsWith("studysite:") && m.matches()) {
                double seconds = Double.parseDouble(m.group(2)) / ("ms".equals(m.group(3)) ? 1000 : 1);
                stages.add(m.group(1).strip() + " " + String.format(Locale.ROOT, "%.1f", seconds));
            }
        }
        System.err.printf(Locale.ROOT, "  %,d warning lines; exit %d; wall %.1f s; peak RSS %s%n", warnings, run.exit(), run.wall(),
                run.rssKb() < 0 ? "?" : run.rssKb() / 1024 + " MiB");
        row.stages = stages.isEmpty() ? "(not printed)" : String.join(" · ", stages);
        if (run.exit() != 0) {
            row.note = "build failed (exit " + run.exit() + ")";
            ourBuildFailed = true;
            return row;
        }
        output(row, out, true);
        return row;
    }

    /** Hugo on the same notes: a throwaway site whose content folder is the vault. */
    private Row hugo(int notes, Path vault, Path out, long markdown) throws Exception {
        Row row = new Row("hugo", notes, markdown);
        Path site = work.resolve("hugo-site-" + notes);
        Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("config.toml"), "baseURL = \"http://localhost/\"\ntitle = \"Benchmark vault\"\n"
                + "languageCode = \"en\"\n"
                + "contentDir = \"" + vault.toAbsolutePath().toString().replace("\\", "\\\\") + "\"\n"
                + "disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n"
                + "[markup.goldmark.renderer]\nunsafe = false\n");
        Files.writeString(layouts.resolve("baseof.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>{{ .Title }}</title></head>\n<body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
        Files.writeString(layouts.resolve("single.html"), "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>\n{{ .Content }}</article>{{ end }}\n");
        Files.writeString(layouts.resolve("list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>\n{{ .Content }}\n<ul>"
                + "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}\n");
        List<String> command = List.of(hugo.get(), "--quiet", "-s", site.toString(), "-d", out.toString());
        System.err.println("== hugo " + notes + ": " + String.join(" ", command));
        Run run = timed(command, "hugo-" + notes);
        row.wall = run.wall();
        row.cpu = run.cpu();
        row.rssKb = run.rssKb();
        run.out().lines().limit(10).forEach(l -> System.err.println("  | " + l));
        System.err.printf(Locale.ROOT, "  exit %d; wall %.1f s; peak RSS %s%n", run.exit(), run.wall(), run.rssKb() < 0 ? "?" : run.rssKb() / 1024 + " MiB");
        if (run.exit() != 0) {
            row.note = "hugo failed (exit " + run.exit() + ")";
            return row;
        }
        output(row, out, false);
        return row;
    }

    /** Pagefind over Hugo's output; its index is the pagefind/ folder it writes there. */
    private Row pagefind(int notes, Path hugoOut, long markdown) throws Exception {
        Row row = new Row("pagefind " + pagefindVersion + " (on Hugo's output)", notes, markdown);
        List<String> command = List.of(npx.get(), "-y", "pagefind@" + pagefindVersion, "--site", hugoOut.toString());
        System.err.println("== pagefind " + notes + ": " + String.join(" ", command));
        Run run = timed(command, "pagefind-" + notes);
        row.wall = run.wall();
        row.cpu = run.cpu();
        row.rssKb = run.rssKb();
        run.out().lines().filter(l -> !l.isBlank()).limit(30).forEach(l -> System.err.println("  | " + l));
        System.err.printf(Locale.ROOT, "  exit %d; wall %.1f s (npx included); peak RSS %s%n", run.exit(), run.wall(),
                run.rssKb() < 0 ? "?" : run.rssKb() / 1024 + " MiB");
        Path index = Files.isDirectory(hugoOut.resolve("pagefind")) ? hugoOut.resolve("pagefind") : hugoOut.resolve("_pagefind");
        if (run.exit() != 0 || !Files.isDirectory(index)) {
            row.note = "pagefind failed (exit " + run.exit() + ")";
            return row;
        }
        row.pagefind = bytes(index);
        row.output = row.pagefind;
        Map<String, Long> byFolder = new TreeMap<>();
        try (Stream<Path> files = Files.walk(index)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                Path rel = index.relativize(f);
                String key = rel.getNameCount() > 1 ? rel.getName(0) + "/" : rel.toString().replaceAll("\\.[0-9a-f_]{6,}", "");
                byFolder.merge(key, f.toFile().length(), Long::sum);
            });
        }
        System.err.println("  pagefind/ " + human(row.pagefind) + ": " + humanMap(byFolder));
        Path largest = largest(index, p -> true);
        row.largest = "pagefind/" + index.relativize(largest).toString().replace(File.separatorChar, '/');
        row.largestBytes = largest.toFile().length();
        return row;
    }

    /** Output bytes, largest file, Lucene and browser-export bytes; for ours, where the bytes go. */
    private void output(Row row, Path out, boolean ours) throws IOException {
        row.output = bytes(out);
        Path lucene = out.resolve("search/lucene");
        java.util.function.Predicate<Path> generated = p -> !p.startsWith(lucene);
        Path largest = largest(out, generated);
        row.largest = out.relativize(largest).toString().replace(File.separatorChar, '/');
        row.largestBytes = largest.toFile().length();
        if (!ours) return;
        row.lucene = Files.isDirectory(lucene) ? bytes(lucene) : 0;
        row.search = Files.isDirectory(out.resolve("search")) ? bytes(out.resolve("search")) - row.lucene : 0;
        List<Path> files;
        try (Stream<Path> all = Files.walk(out)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        Map<String, long[]> byFolder = new TreeMap<>();
        for (Path f : files) {
            Path rel = out.relativize(f);
            // Top-level pages by kind: comparisons-2.html and comparisons-3.html count as comparisons-N.html.
            String key = rel.getNameCount() > 1 ? rel.getName(0) + "/" : rel.toString().replaceAll("\\d+", "N");
            if (rel.startsWith("search/lucene")) key = "search/lucene/";
            long[] sum = byFolder.computeIfAbsent(key, k -> new long[2]);
            sum[0] += f.toFile().length();
            sum[1]++;
        }
        System.err.printf(Locale.ROOT, "  our output %,d notes: %s in %,d files (%.2f× the Markdown); by top-level folder:%n",
                row.notes, human(row.output), files.size(), (double) row.output / row.markdown);
        byFolder.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
                .forEach(e -> System.err.printf(Locale.ROOT, "    %-20s %12s %,8d files  %5.1f%%%n", e.getKey(), human(e.getValue()[0]),
                        e.getValue()[1], 100.0 * e.getValue()[0] / row.output));
        System.err.println("  5 largest files:");
        files.stream().sorted(Comparator.comparingLong((Path f) -> -f.toFile().length())).limit(5)
                .forEach(f -> System.err.printf(Locale.ROOT, "    %,12d B  %s%n", f.toFile().length(), out.relativize(f)));
        long over = files.stream().filter(generated).filter(f -> f.toFile().length() > MIB).count();
        if (over > 0) System.err.printf(Locale.ROOT, "  %,d generated files over 1 MiB%n", over);
    }

    /** First-query bytes and latency in headless Chromium, ours and Pagefind's, one browser for both. */
    private void browser(int notes, Path ours, Row our, Path hugoOut, Row pagefind) throws Exception {
        if (ours == null && hugoOut == null) return;
        if (!Files.isExecutable(Path.of("/usr/bin/chromium")) || !Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            System.err.println("note: no /usr/bin/chromium or /usr/bin/chromedriver: browser measurements skipped");
            return;
        }
        List<CountingServer> servers = new ArrayList<>();
        ChromeDriver driver = BenchAccess.chromium(Files.createDirectories(work.resolve("profile-" + notes)));
        try {
            if (ours != null) measure(driver, servers, new CountingServer(ours, "/site/"), BrowserSearch.Engine::ours, our, "our");
            if (hugoOut != null) {
                measure(driver, servers, new CountingServer(hugoOut, "/hugo/"), BrowserSearch.Engine::pagefind, pagefind, "pagefind");
            }
        } finally {
            driver.quit();
            servers.forEach(CountingServer::close);
        }
    }

    /** Serves a site, measures one engine on it into {@code row}; a failure is noted in the row, not thrown. */
    private static void measure(ChromeDriver driver, List<CountingServer> servers, CountingServer server,
                                java.util.function.Function<CountingServer, BrowserSearch.Engine> engine, Row row, String name) {
        servers.add(server);
        try {
            fill(row, BrowserSearch.measure(driver, engine.apply(server)));
        } catch (RuntimeException e) {
            System.err.println("  " + name + " browser search failed: " + e);
            row.note = "browser search failed";
        }
    }

    private static void fill(Row row, BrowserSearch.Result result) {
        row.firstQuery = result.firstQuery();
        row.median = result.median();
        row.p95 = result.p95();
    }

    private void print() {
        StringBuilder out = new StringBuilder("\n");
        vaults.forEach(v -> out.append("- ").append(v).append('\n'));
        out.append("- first query: bytes a fresh page loads (HTTP cache off) to show 10 results for ")
                .append(String.join(" / ", "'" + BrowserSearch.query(1, 0) + "'", "'" + BrowserSearch.query(2, 0) + "'",
                        "'" + BrowserSearch.query(3, 0) + "'", "'" + BrowserSearch.COMMON_AND_SPECIFIC + "'"))
                .append(" (Pagefind: search + data() of the first 10 results), index files only (not the engines' code: assets/search.js; pagefind.js, worker, wasm);"
                        + " latency: 20 two-word queries × 5 warm runs\n");
        out.append("- search export: site/search/ without search/lucene/; largest file: excluding search/lucene/\n\n");
        out.append("| tool | notes | markdown | wall s (CPU s) | peak RSS MiB | output (× markdown) | largest file | Lucene | search export | Pagefind index "
                + "| 1st query: 1 / 2 / 3 words / common+specific | latency median / p95 | stages s |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.tool).append(r.note.isEmpty() ? "" : " — " + r.note)
                    .append(" | ").append(String.format(Locale.ROOT, "%,d", r.notes))
                    .append(" | ").append(human(r.markdown))
                    .append(" | ").append(r.wall < 0 ? "–" : String.format(Locale.ROOT, "%.1f", r.wall)
                            + (r.cpu < 0 ? "" : String.format(Locale.ROOT, " (%.0f)", r.cpu)))
                    .append(" | ").append(r.rssKb < 0 ? "–" : String.format(Locale.ROOT, "%,d", r.rssKb / 1024))
                    .append(" | ").append(r.output < 0 ? "–" : human(r.output) + String.format(Locale.ROOT, " (%.2f×)", (double) r.output / r.markdown))
                    .append(" | ").append(r.largestBytes < 0 ? "–" : String.format(Locale.ROOT, "%s %,d B", r.largest, r.largestBytes))
                    .append(" | ").append(r.lucene < 0 ? "–" : human(r.lucene))
                    .append(" | ").append(r.search < 0 ? "–" : human(r.search))
                    .append(" | ").append(r.pagefind < 0 ? "–" : human(r.pagefind))
                    .append(" | ").append(r.firstQuery == null ? "–" : String.join(" / ",
                            kb(r.firstQuery[0]), kb(r.firstQuery[1]), kb(r.firstQuery[2]), kb(r.firstQuery[3])))
                    .append(" | ").append(r.median < 0 ? "–" : String.format(Locale.ROOT, "%.1f / %.1f ms", r.median, r.p95))
                    .append(" | ").append(r.stages.isEmpty() ? "–" : r.stages).append(" |\n");
        }
        out.append("\nIssue 8 targets (studysite):\n\n| notes | largest generated file ≤ 1 MiB | output ≤ 4× markdown "
                + "| search export ≤ Pagefind index | 2-word first query ≤ 150 KB | wall time vs Hugo (< 1× at 10,000+, ≤ 1.5× below) "
                + "| peak RSS < 2 GiB |\n|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            if (!r.tool.equals("studysite")) continue;
            Row hugoRow = rows.stream().filter(h -> h.tool.equals("hugo") && h.notes == r.notes).findFirst().orElse(null);
            double ratio = hugoRow == null || hugoRow.wall <= 0 || r.wall < 0 ? -1 : r.wall / hugoRow.wall;
            double limit = r.notes >= 10_000 ? 1.0 : 1.5;
            out.append("| ").append(String.format(Locale.ROOT, "%,d", r.notes))
                    .append(" | ").append(check(r.largestBytes >= 0, r.largestBytes <= MIB, String.format(Locale.ROOT, "%,d B", r.largestBytes)))
                    .append(" | ").append(check(r.output >= 0, r.output <= 4 * r.markdown, String.format(Locale.ROOT, "%.2f×", (double) r.output / r.markdown)))
                    .append(" | ").append(check(r.search >= 0 && r.pagefind >= 0, r.search <= r.pagefind,
                            human(r.search) + " vs " + (r.pagefind < 0 ? "–" : human(r.pagefind))))
                    .append(" | ").append(check(r.firstQuery != null, r.firstQuery != null && r.firstQuery[1] <= 150_000,
                            r.firstQuery == null ? "–" : kb(r.firstQuery[1])))
                    .append(" | ").append(check(ratio >= 0, r.notes >= 10_000 ? ratio < limit : ratio <= limit,
                            ratio < 0 ? "–" : String.format(Locale.ROOT, "%.2f× (%.1f s vs %.1f s)", ratio, r.wall, hugoRow.wall)))
                    .append(" | ").append(check(r.rssKb >= 0, r.rssKb * 1024 < 2 * 1024 * MIB,
                            r.rssKb < 0 ? "–" : String.format(Locale.ROOT, "%,d MiB", r.rssKb / 1024)))
                    .append(" |\n");
        }
        System.out.print(out);
        System.out.flush();
    }

    private static String check(boolean known, boolean ok, String value) {
        return known ? (ok ? "✅ " : "❌ ") + value : "– " + value;
    }

    /** The launcher README tells users to run (the benchmark runs from the checkout's root). */
    private static final Path LAUNCHER = Path.of("studysite").toAbsolutePath();

    /** Runs a command in the work folder, timed by /usr/bin/time -v when there is one. */
    private Run timed(List<String> command, String label) throws IOException, InterruptedException {
        Path timeFile = work.resolve("time-" + label + ".txt");
        Path log = work.resolve("log-" + label + ".txt");
        List<String> full = new ArrayList<>();
        boolean measured = Files.isExecutable(TIME);
        if (measured) full.addAll(List.of(TIME.toString(), "-v", "-o", timeFile.toString()));
        full.addAll(command);
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(full);
        builder.environment().put("STUDYSITE_JAR", jar.toString());
        Process process = builder.directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(4, TimeUnit.HOURS)) {
            process.destroyForcibly();
            throw new IllegalStateException(label + " ran over 4 hours");
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long rss = -1;
        double cpu = -1;
        if (measured && Files.isRegularFile(timeFile)) {
            String times = Files.readString(timeFile);
            Matcher m = RSS.matcher(times);
            if (m.find()) rss = Long.parseLong(m.group(1));
            for (Matcher c = CPU.matcher(times); c.find(); ) cpu = Math.max(cpu, 0) + Double.parseDouble(c.group(1));
            Matcher w = WALL.matcher(times);
            if (w.find()) {
                wall = (w.group(1) == null ? 0 : Long.parseLong(w.group(1)) * 3600) + Long.parseLong(w.group(2)) * 60
                        + Double.parseDouble(w.group(3));
            }
        }
        return new Run(process.exitValue(), wall, cpu, rss, Files.readString(log, StandardCharsets.UTF_8));
    }

    /** A command's output, or "" if it cannot run; for version probes. */
    private String quietly(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            byte[] out = process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.MINUTES);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static Optional<String> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) return Optional.of(candidate.toString());
        }
        return Optional.empty();
    }

    private static Path largest(Path dir, java.util.function.Predicate<Path> include) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(include).max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElse(dir);
        }
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Decimal units: 1 KB = 1,000 B, as the issue's 150 KB budget is read. */
    private static String human(long bytes) {
        if (bytes < 0) return "–";
        if (bytes < 10_000) return String.format(Locale.ROOT, "%,d B", bytes);
        if (bytes < 10_000_000) return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
        if (bytes < 10_000_000_000L) return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
    }

    private static String humanMap(Map<String, Long> map) {
        Map<String, String> shown = new LinkedHashMap<>();
        map.forEach((k, v) -> shown.put(k, human(v)));
        return shown.toString();
    }
}
