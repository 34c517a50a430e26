package org.studysite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * cache off), and query latency once loaded (median and p95), measured by {@link BrowserSearch}.
 * The in-process variant of {@link ScaleBenchmark} (which is what {@code mvn -Pbench verify} runs); run
 * it with {@code mvn -q -Pbench verify -Dbench.main=org.studysite.bench.SearchBenchmark -Dbench.sizes=1000}.
 */
public final class SearchBenchmark {
    public static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : System.getProperty("bench.sizes", "1000,10000");
        Path work = Files.createTempDirectory("studysite-bench");
        System.out.println("| notes | sections | build s | search index s | export bytes | lucene bytes | 1st query 1 word | 2 common words | 3 common words | common + specific word | latency median | p95 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        try {
            for (String size : sizes.split(",")) run(Integer.parseInt(size.trim()), work);
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static void run(int notes, Path work) throws Exception {
        Path vault = new SyntheticVault(42, notes).write(work.resolve("vault-" + notes));
        Path out = work.resolve("site-" + notes);
        BuildReport report = SiteBuild.standard(Optional.empty()).build(new BuildOptions(vault, out, Optional.empty(), false, true));
        System.err.println("  stage seconds: " + new java.util.TreeMap<>(report.stageSeconds()));
        long lucene = bytes(out.resolve("search/lucene"));
        long export = bytes(out.resolve("search")) - lucene;
        CountingServer server = new CountingServer(out, "/site/");
        ChromeDriver driver = org.studysite.e2e.BenchAccess.chromium(Files.createDirectories(work.resolve("profile-" + notes)));
        try {
            BrowserSearch.Result result = BrowserSearch.measure(driver, BrowserSearch.Engine.ours(server));
            long[] first = result.firstQuery();
            System.out.printf(java.util.Locale.ROOT, "| %d | %d | %.1f | %.1f | %,d | %,d | %,d B | %,d B | %,d B | %,d B | %.1f ms | %.1f ms |%n",
                    notes, report.sections(), report.seconds(), report.stageSeconds().getOrDefault("search", 0.0), export, lucene,
                    first[0], first[1], first[2], first[3], result.median(), result.p95());
        } finally {
            driver.quit();
            server.close();
        }
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
