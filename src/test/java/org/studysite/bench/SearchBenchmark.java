package org.studysite.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.studysite.build.BuildOptions;
import org.studysite.build.BuildReport;
import org.studysite.build.SiteBuild;

/**
 * Search benchmark (a main, never a timed unit test). For each vault size: builds a synthetic vault,
 * reports build and search-index seconds, index bytes, then in headless Chromium over a local HTTP
 * server: bytes of index the page loads for a first query of one, two and three words (fresh page,
 * cache off), and query latency once loaded (median and p95). Run:
 * <pre>mvn -q -Pbench verify -Dbench.sizes=1000,10000</pre>
 */
public final class SearchBenchmark {
    private static final String[] WORDS = {"endpoint", "latency", "drift", "xgboost", "serverless", "payload",
            "encryption", "partition", "checkpoint", "autoscaling", "baseline", "tokenizer", "forecasting", "kinesis",
            "hyperparameter", "retraining", "shard", "lineage", "augmentation", "optimizer"};

    public static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : System.getProperty("bench.sizes", "1000,10000");
        Path work = Files.createTempDirectory("studysite-bench");
        System.out.println("| notes | sections | build s | search index s | export bytes | lucene bytes | 1st query 1 word | 2 common words | 3 common words | common + specific word | latency median | p95 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (String size : sizes.split(",")) run(Integer.parseInt(size.trim()), work);
    }

    private static void run(int notes, Path work) throws Exception {
        Path vault = new SyntheticVault(42, notes).write(work.resolve("vault-" + notes));
        Path out = work.resolve("site-" + notes);
        BuildReport report = SiteBuild.standard(Optional.empty()).build(new BuildOptions(vault, out, Optional.empty(), false, true));
        System.err.println("  stage seconds: " + new java.util.TreeMap<>(report.stageSeconds()));
        long lucene = bytes(out.resolve("search/lucene"));
        long export = bytes(out.resolve("search")) - lucene;
        HttpServer server = org.studysite.e2e.BenchAccess.serve(out, "/site/");
        ChromeDriver driver = org.studysite.e2e.BenchAccess.chromium(Files.createDirectories(work.resolve("profile-" + notes)));
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/site/index.html";
            long[] first = new long[3];
            for (int words = 1; words <= 3; words++) first[words - 1] = firstQueryBytes(driver, base, query(words, 0));
            // A typical student query: a topic word and a specific identifier ("xgboost scale_pos_weight").
            long specific = firstQueryBytes(driver, base, "endpoint mini_inference");
            List<Double> times = latencies(driver, base);
            System.out.printf(java.util.Locale.ROOT, "| %d | %d | %.1f | %.1f | %,d | %,d | %,d B | %,d B | %,d B | %,d B | %.1f ms | %.1f ms |%n",
                    notes, report.sections(), report.seconds(), report.stageSeconds().getOrDefault("search", 0.0), export, lucene,
                    first[0], first[1], first[2], specific, percentile(times, 50), percentile(times, 95));
        } finally {
            driver.quit();
            server.stop(0);
        }
    }

    private static String query(int words, int variant) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < words; i++) q.append(i > 0 ? " " : "").append(WORDS[(variant * 3 + i * 7) % WORDS.length]);
        return q.toString();
    }

    /**
     * Bytes of search/ files the page loads to answer its first query (resource timing, HTTP cache
     * off); prints them by folder (meta, dict, post, tail, docs, …) to stderr, to show where they go.
     */
    @SuppressWarnings("unchecked")
    private static long firstQueryBytes(ChromeDriver driver, String url, String query) {
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.get(url);
        driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "studysiteSearch.search(arguments[0], {limit: 10}).then(function () { done(null); });", query);
        Map<String, Number> byFolder = (Map<String, Number>) driver.executeScript("var out = {};"
                + "performance.getEntriesByType('resource').forEach(function (e) {"
                + "  var m = /\\/search\\/([^\\/.]+)/.exec(e.name); if (!m) return;"
                + "  out[m[1]] = (out[m[1]] || 0) + e.encodedBodySize; out['files ' + m[1]] = (out['files ' + m[1]] || 0) + 1; });"
                + "return out;");
        System.err.println("  '" + query + "': " + new java.util.TreeMap<>(byFolder));
        return byFolder.entrySet().stream().filter(e -> !e.getKey().startsWith("files ")).mapToLong(e -> e.getValue().longValue()).sum();
    }

    /** Per query: one run to load its shards, then five timed runs; all timings pooled. */
    @SuppressWarnings("unchecked")
    private static List<Double> latencies(ChromeDriver driver, String url) {
        driver.get(url);
        List<Double> all = new ArrayList<>();
        for (int q = 0; q < 20; q++) {
            List<Number> times = (List<Number>) driver.executeAsyncScript("var done = arguments[arguments.length - 1], q = arguments[0], t = [];"
                    + "var run = function (i) { if (i === 6) { done(t.slice(1)); return; } var s = performance.now();"
                    + "studysiteSearch.search(q, {limit: 10}).then(function () { t.push(performance.now() - s); run(i + 1); }); };"
                    + "run(0);", query(2, q));
            times.forEach(t -> all.add(t.doubleValue()));
        }
        return all;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
