package org.studysite.search;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openqa.selenium.chrome.ChromeDriver;
import org.studysite.bench.SyntheticVault;
import org.studysite.load.VaultFiles;
import org.studysite.load.VaultLoader;
import org.studysite.markdown.MarkdownDialect;
import org.studysite.model.Library;
import org.studysite.model.OutputFile;
import org.studysite.parse.NoteParser;
import org.studysite.resolve.LibraryBuilder;

/**
 * A measuring main (not a test): builds only the search stage of a synthetic vault (load, parse,
 * resolve, search), writes search/ and the assets with a bare page, prints the export's bytes by
 * folder, and with "query" also the bytes a first query of 1, 2, 3 words loads in headless Chromium
 * over a local HTTP server (cache off, as SearchBenchmark#firstQueryBytes) and a top-10 parity check
 * against LuceneSearcher on a few hundred queries.
 * <pre>java -cp ... org.studysite.search.SearchExportProbe 1000 /tmp/probe [query]</pre>
 */
public final class SearchExportProbe {
    private static final String[] WORDS = {"endpoint", "latency", "drift", "xgboost", "serverless", "payload",
            "encryption", "partition", "checkpoint", "autoscaling", "baseline", "tokenizer", "forecasting", "kinesis",
            "hyperparameter", "retraining", "shard", "lineage", "augmentation", "optimizer"};

    public static void main(String[] args) throws Exception {
        int notes = Integer.parseInt(args[0]);
        Path work = Path.of(args.length > 1 ? args[1] : "/tmp/probe");
        boolean query = args.length > 2 && args[2].contains("query");
        boolean parity = args.length > 2 && args[2].contains("parity");
        Path out = work.resolve("site-" + notes);
        boolean reuse = args.length > 2 && args[2].contains("reuse") && Files.exists(out.resolve("search/meta.js"));
        boolean reexport = args.length > 2 && args[2].contains("reexport") && Files.exists(work.resolve("docs-" + notes + ".bin"));
        if (reexport) reexport(notes, work, out);
        else if (!reuse) index(notes, work, out);
        // search.js straight from the templates folder, so a changed script needs no rebuild.
        Files.createDirectories(out.resolve("assets"));
        Files.copy(Path.of(System.getProperty("studysite.templates", "templates")).resolve("assets/search.js"),
                out.resolve("assets/search.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(out.resolve("index.html"), "<!doctype html><meta charset=utf-8><title>probe</title>"
                + "<input id=search-input><div id=search-popup hidden></div>"
                + "<script src=\"./assets/search.js\" data-root=\".\"></script>", StandardCharsets.UTF_8);
        if (!query && !parity && !(args.length > 2 && args[2].contains("latency"))) return;
        HttpServer server = org.studysite.e2e.BenchAccess.serve(out, "/site/");
        ChromeDriver driver = org.studysite.e2e.BenchAccess.chromium(Files.createDirectories(work.resolve("profile")));
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/site/index.html";
            if (query) {
                for (int words = 1; words <= 3; words++) {
                    for (int variant = 0; variant < 3; variant++) {
                        System.out.printf(Locale.ROOT, "first query %d words '%s': %,d B%n", words, query(words, variant),
                                firstQueryBytes(driver, base, query(words, variant)));
                    }
                }
                System.out.printf(Locale.ROOT, "first query 'endpoint mini_inference': %,d B%n", firstQueryBytes(driver, base, "endpoint mini_inference"));
            }
            if (parity) parity(driver, base, out);
            if (args.length > 2 && args[2].contains("latency")) latency(driver, base);
        } finally {
            driver.quit();
            server.stop(0);
        }
    }

    private static void index(int notes, Path work, Path out) throws IOException {
        Path vault = work.resolve("vault-" + notes);
        if (!Files.isDirectory(vault)) new SyntheticVault(42, notes).write(vault);
        long t0 = System.nanoTime();
        VaultFiles files = new VaultLoader().load(vault);
        NoteParser parser = new NoteParser(new MarkdownDialect());
        Library library = new LibraryBuilder().build(files.sources().parallelStream().map(s -> parser.parse(s).value()).toList(),
                files.otherFiles()).value();
        long t1 = System.nanoTime();
        saveDocs(new SearchDocuments().from(library), work.resolve("docs-" + notes + ".bin"));
        SearchIndexer.SearchBundle bundle = new SearchIndexer(Integer.getInteger("probe.head", SearchIndexer.DEFAULT_HEAD_SIZE),
                Integer.getInteger("probe.block", SearchIndexer.DEFAULT_BLOCK_POSTINGS)).index(library);
        long t2 = System.nanoTime();
        deleteTree(out.resolve("search"));
        List<OutputFile> all = new ArrayList<>(bundle.files());
        long markdown = 0;
        for (var s : files.sources()) markdown += s.text().getBytes(StandardCharsets.UTF_8).length;
        System.out.printf(Locale.ROOT, "notes %d, sections %d, markdown %,d B, search stage %.1f s (load..resolve %.1f s)%n",
                notes, bundle.sections(), markdown, (t2 - t1) / 1e9, (t1 - t0) / 1e9);
        write(all, out);
    }

    /** Exports search/ again from the Lucene files and sections of an earlier run (fast: no vault parsing). */
    private static void reexport(int notes, Path work, Path out) throws IOException {
        List<SearchDocument> docs = loadDocs(work.resolve("docs-" + notes + ".bin"));
        long t0 = System.nanoTime();
        List<OutputFile> all;
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(out.resolve(SearchIndexer.LUCENE_DIR))) {
            all = new BrowserIndexExporter(Integer.getInteger("probe.head", SearchIndexer.DEFAULT_HEAD_SIZE),
                    Integer.getInteger("probe.block", SearchIndexer.DEFAULT_BLOCK_POSTINGS)).export(dir, docs, SectionWords.of(docs, new SearchAnalyzer()));
        }
        System.out.printf(Locale.ROOT, "notes %d, sections %d, export %.1f s%n", notes, docs.size(), (System.nanoTime() - t0) / 1e9);
        try (var paths = Files.list(out.resolve("search"))) {
            for (Path p : paths.toList()) if (!p.getFileName().toString().equals("lucene")) deleteTree(p);
        }
        write(all, out);
    }

    private static void write(List<OutputFile> all, Path out) throws IOException {
        Map<String, long[]> byFolder = new TreeMap<>();
        for (OutputFile f : all) {
            Path p = out.resolve(f.path().value());
            Files.createDirectories(p.getParent());
            Files.write(p, f.bytes());
            String v = f.path().value();
            if (!v.startsWith("search/") || v.startsWith("search/lucene/")) continue;
            String rest = v.substring("search/".length());
            String folder = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
            long[] c = byFolder.computeIfAbsent(folder, k -> new long[2]);
            c[0] += f.bytes().length;
            c[1]++;
        }
        long total = byFolder.values().stream().mapToLong(c -> c[0]).sum();
        byFolder.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-8s %,14d B %,8d files%n", k, c[0], c[1]));
        System.out.printf(Locale.ROOT, "  %-8s %,14d B%n", "export", total);
    }

    static String query(int words, int variant) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < words; i++) q.append(i > 0 ? " " : "").append(WORDS[(variant * 3 + i * 7) % WORDS.length]);
        return q.toString();
    }

    @SuppressWarnings("unchecked")
    static long firstQueryBytes(ChromeDriver driver, String url, String query) {
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.get(url);
        // The default buffer keeps 250 entries: a three-word query loads more files than that.
        driver.executeScript("performance.setResourceTimingBufferSize(100000);");
        Object err = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "studysiteSearch.search(arguments[0], {limit: 10}).then(function () { done(null); }, function (e) { done(String(e)); });", query);
        if (err != null) throw new IllegalStateException(err.toString());
        Map<String, Number> byFolder = (Map<String, Number>) driver.executeScript("var out = {};"
                + "performance.getEntriesByType('resource').forEach(function (e) {"
                + "  var m = /\\/search\\/([^\\/.]+)/.exec(e.name); if (!m) return;"
                + "  out[m[1]] = (out[m[1]] || 0) + e.encodedBodySize; out['files ' + m[1]] = (out['files ' + m[1]] || 0) + 1; });"
                + "return out;");
        System.err.println("  '" + query + "': " + new TreeMap<>(byFolder));
        if (Boolean.getBoolean("probe.files")) {
            System.err.println("    " + driver.executeScript("return performance.getEntriesByType('resource').filter(function (e) {"
                    + " return /\\/search\\//.test(e.name); }).map(function (e) { return e.name.replace(/.*\\/search\\//, '') + ' ' + e.encodedBodySize; }).join(', ');"));
        }
        return byFolder.entrySet().stream().filter(e -> !e.getKey().startsWith("files ")).mapToLong(e -> e.getValue().longValue()).sum();
    }

    /** First-query latency (fresh page, files from the local server) and, once loaded, median and p95 over 20 two-word queries. */
    @SuppressWarnings("unchecked")
    private static void latency(ChromeDriver driver, String base) {
        List<Double> first = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int q = 0; q < 20; q++) {
            driver.get(base);
            List<Number> times = (List<Number>) driver.executeAsyncScript("var done = arguments[arguments.length - 1], q = arguments[0], t = [];"
                    + "var run = function (i) { if (i === 6) { done(t); return; } var s = performance.now();"
                    + "studysiteSearch.search(q, {limit: 10}).then(function () { t.push(performance.now() - s); run(i + 1); }); };"
                    + "run(0);", query(2, q));
            first.add(times.get(0).doubleValue());
            times.subList(1, times.size()).forEach(t -> warm.add(t.doubleValue()));
        }
        System.out.printf(Locale.ROOT, "latency: first query median %.1f ms, p95 %.1f ms; loaded median %.1f ms, p95 %.1f ms%n",
                percentile(first, 50), percentile(first, 95), percentile(warm, 50), percentile(warm, 95));
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Browser top 10 against LuceneSearcher's on generated one- to three-word queries, typed and not. */
    @SuppressWarnings("unchecked")
    private static void parity(ChromeDriver driver, String base, Path out) throws IOException {
        driver.get(base);
        int bad = 0;
        int n = 0;
        try (LuceneSearcher lucene = LuceneSearcher.open(out).orElseThrow()) {
            List<String> queries = new ArrayList<>();
            for (int v = 0; v < 20; v++) for (int w = 1; w <= 3; w++) queries.add(query(w, v));
            queries.addAll(List.of("endpoint mini_inference", "\"batch transform\"", "model #exam-tip", "drift monit", "xgbost",
                    "\"model training\" endpoint", "training_model", "the model", "latency throughput payload limit"));
            for (String q : queries) {
                for (boolean typing : new boolean[] {false, true}) {
                    n++;
                    List<String> java = new ArrayList<>();
                    List<String> javaAll = new ArrayList<>();
                    for (SearchHit h : lucene.search(SearchQuery.parse(q, typing), 15)) {
                        if (java.size() < 10) java.add(h.ord() + ":" + h.score());
                        javaAll.add(h.ord() + ":" + h.score());
                    }
                    List<List<Number>> rows = (List<List<Number>>) driver.executeAsyncScript(
                            "var done = arguments[arguments.length - 1];"
                                    + "studysiteSearch.rank(arguments[0], {asYouType: arguments[1]})"
                                    + ".then(function (r) { done(r.hits.slice(0, 10).map(function (h) { return [h.ord, h.score]; })); })"
                                    + ".catch(function (e) { done([[-1, String(e)]]); });", q, typing);
                    List<String> browser = new ArrayList<>();
                    for (List<Number> r : rows) browser.add(r.get(0).intValue() + ":" + r.get(1).floatValue());
                    if (!sameUpToTies(java, browser, javaAll)) {
                        bad++;
                        System.out.println("MISMATCH " + (typing ? "typing " : "") + "'" + q + "'\n  lucene  " + java + "\n  browser " + browser);
                    }
                }
            }
        }
        System.out.println("parity: " + (n - bad) + "/" + n + " equal");
    }

    /** Same sections in the same order, scores within float rounding (1e-5), order free only among such ties (as SearchParityTest). */
    private static boolean sameUpToTies(List<String> java, List<String> browser, List<String> javaAll) {
        if (java.size() != browser.size()) return false;
        for (int i = 0; i < java.size(); i++) {
            String[] j = java.get(i).split(":");
            String[] b = browser.get(i).split(":");
            if (!close(Float.parseFloat(j[1]), Float.parseFloat(b[1]))) return false;
            if (!j[0].equals(b[0]) && javaAll.stream().map(x -> x.split(":"))
                    .noneMatch(x -> x[0].equals(b[0]) && close(Float.parseFloat(x[1]), Float.parseFloat(b[1])))) return false;
        }
        return true;
    }

    private static boolean close(float a, float b) {
        return Math.abs(a - b) <= 1e-5 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static void saveDocs(List<SearchDocument> docs, Path file) throws IOException {
        try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(docs.size());
            for (SearchDocument d : docs) {
                out.writeInt(d.ord());
                for (String s : List.of(d.note().value(), d.anchor(), d.url(), d.noteTitle(), d.heading(), d.text(), d.code())) writeString(out, s);
                out.writeInt(d.path().size());
                for (String s : d.path()) writeString(out, s);
                out.writeInt(d.tags().size());
                for (String s : d.tags()) writeString(out, s);
            }
        }
    }

    private static List<SearchDocument> loadDocs(Path file) throws IOException {
        try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            List<SearchDocument> docs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int ord = in.readInt();
                String[] s = new String[7];
                for (int k = 0; k < 7; k++) s[k] = readString(in);
                List<String> path = new ArrayList<>();
                for (int k = in.readInt(); k > 0; k--) path.add(readString(in));
                List<String> tags = new ArrayList<>();
                for (int k = in.readInt(); k > 0; k--) tags.add(readString(in));
                docs.add(new SearchDocument(ord, new org.studysite.model.NoteId(s[0]), s[1], s[2], s[3], s[4], path, tags, s[5], s[6]));
            }
            return docs;
        }
    }

    private static void writeString(java.io.DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(java.io.DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
