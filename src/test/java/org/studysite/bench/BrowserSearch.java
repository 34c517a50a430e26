package org.studysite.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a search costs in a browser (headless Chromium, local HTTP server, HTTP cache off): bytes of
 * index a fresh page loads to answer its first query, and latency once loaded. Measures our search
 * ({@code studysiteSearch.search(q, {limit: 10})}) and Pagefind's ({@code pagefind.search(q)} and the
 * data of its first 10 results, which is what a results list shows). Bytes are counted by the server
 * ({@link CountingServer}), so files fetched from a Web Worker count too. Only index files count:
 * the engines' own code (our assets/search.js; pagefind.js, pagefind-worker.js and Pagefind's wasm) is printed but
 * left out of the total, as the page loads them whatever the query.
 */
final class BrowserSearch {
    static final String[] WORDS = {"endpoint", "latency", "drift", "xgboost", "serverless", "payload",
            "encryption", "partition", "checkpoint", "autoscaling", "baseline", "tokenizer", "forecasting", "kinesis",
            "hyperparameter", "retraining", "shard", "lineage", "augmentation", "optimizer"};

    /** A query that finds something: a topic word and a specific identifier of the synthetic vault's tail. */
    static final String COMMON_AND_SPECIFIC = "endpoint " + SyntheticVault.identifier(3000);

    private static final String SCRIPT = "script ";
    private static final String OURS = "studysiteSearch.search(q, {limit: 10})";
    private static final String PAGEFIND = "(window.__pf ? Promise.resolve(window.__pf) : import(pf).then(function (m) { window.__pf = m; return m; }))"
            + ".then(function (m) { return m.search(q); })"
            + ".then(function (r) { return Promise.all(r.results.slice(0, 10).map(function (x) { return x.data(); })); })";

    /**
     * Which engine: its server, the page to open, the URL of pagefind.js (or ""), the script that runs
     * query {@code q}, and the kind of a served file (null: not the engine's).
     */
    record Engine(String name, CountingServer server, String pageUrl, String pagefindUrl, String search, Function<String, String> kind) {
        static Engine ours(CountingServer server) {
            return new Engine("ours", server, server.url("index.html"), "", OURS, path -> {
                if (path.equals("assets/search.js")) return SCRIPT + "search.js";
                if (!path.startsWith("search/")) return null;
                String rest = path.substring("search/".length());
                return rest.split("[/.]", 2)[0];
            });
        }

        static Engine pagefind(CountingServer server) {
            return new Engine("pagefind", server, server.url("index.html"), server.url("pagefind/pagefind.js"), PAGEFIND, path -> {
                if (!path.startsWith("pagefind/")) return null;
                String rest = path.substring("pagefind/".length());
                if (rest.contains("/")) return rest.substring(0, rest.indexOf('/'));
                if (rest.endsWith(".js")) return SCRIPT + rest;
                if (rest.endsWith(".pf_meta")) return "meta";
                if (rest.startsWith("wasm.")) return SCRIPT + "wasm";
                return rest;
            });
        }
    }

    /** First-query bytes of 1, 2 and 3 common words and of a common + specific pair, and latencies. */
    record Result(long[] firstQuery, double median, double p95) {
    }

    private BrowserSearch() {
    }

    static Result measure(ChromeDriver driver, Engine engine) {
        long[] first = new long[4];
        for (int words = 1; words <= 3; words++) first[words - 1] = firstQueryBytes(driver, engine, query(words, 0));
        first[3] = firstQueryBytes(driver, engine, COMMON_AND_SPECIFIC);
        List<Double> times = latencies(driver, engine);
        return new Result(first, percentile(times, 50), percentile(times, 95));
    }

    static String query(int words, int variant) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < words; i++) q.append(i > 0 ? " " : "").append(WORDS[(variant * 3 + i * 7) % WORDS.length]);
        return q.toString();
    }

    /**
     * Bytes of index files a fresh page loads (HTTP cache off) to answer its first query; prints them
     * by folder or kind (meta, dict, post, … / index, fragment, wasm, …) to stderr, to show where they go.
     */
    static long firstQueryBytes(ChromeDriver driver, Engine engine, String query) {
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.get("about:blank");
        engine.server().reset();
        driver.get(engine.pageUrl());
        Object error = driver.executeAsyncScript("var done = arguments[arguments.length - 1], q = arguments[0], pf = arguments[1];"
                + engine.search() + ".then(function () { done(null); }, function (e) { done(String(e)); });", query, engine.pagefindUrl());
        if (error != null) throw new IllegalStateException(engine.name() + " search '" + query + "' failed: " + error);
        Map<String, Long> byKind = new TreeMap<>();
        long total = 0;
        for (CountingServer.Served file : engine.server().served()) {
            String kind = engine.kind().apply(file.path());
            if (kind == null) continue;
            byKind.merge(kind, file.bytes(), Long::sum);
            byKind.merge("files " + kind, 1L, Long::sum);
            if (!kind.startsWith(SCRIPT)) total += file.bytes();
        }
        System.err.println("  " + engine.name() + " '" + query + "': " + total + " B " + byKind);
        return total;
    }

    /** Per query: one run to load its files, then five timed runs; all timings pooled. */
    @SuppressWarnings("unchecked")
    static List<Double> latencies(ChromeDriver driver, Engine engine) {
        driver.get(engine.pageUrl());
        List<Double> all = new ArrayList<>();
        for (int q = 0; q < 20; q++) {
            Object times = driver.executeAsyncScript("var done = arguments[arguments.length - 1], q = arguments[0], pf = arguments[1], t = [];"
                    + "var run = function (i) { if (i === 6) { done(t.slice(1)); return; } var s = performance.now();"
                    + engine.search() + ".then(function () { t.push(performance.now() - s); run(i + 1); }, function (e) { done(String(e)); }); };"
                    + "run(0);", query(2, q), engine.pagefindUrl());
            if (!(times instanceof List)) throw new IllegalStateException(engine.name() + " search failed: " + times);
            ((List<Number>) times).forEach(t -> all.add(t.doubleValue()));
        }
        return all;
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
