package org.studysite.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.studysite.testing.SiteHarness;

/**
 * How big "Export progress" gets (issue 11): the demo vault's deck, studied every evening for 30 days by a
 * simulated student (the page's own ts-fsrs, fsrs-schedule.js and deck-store.js, in Chromium from file://):
 * every due card and the day's new cards, recalled Good 80% of the time, Hard 8%, Easy 4% and Again 8%
 * (a fixed pseudo-random sequence, so runs agree), learning steps repeated within the evening.
 * Prints the exported file's size after day 1, 7 and 30.
 *
 * <p>{@code mvn -q -B -ntp -Pbench verify -Dbench.main=org.studysite.bench.ExportSizeBenchmark -Dbench.sizes=notes}
 * (the argument is the vault to build).
 */
public final class ExportSizeBenchmark {
    private static final String SIMULATION = """
            var KINDS = { d: 'drill', t: 'table', s: 'scenario', g: 'definition' };
            var CODE = /^(\\d+)([a-z])(\\d*)(-?)(\\*?)([0-9a-z]{6}(?:-\\d+)?)$/;
            var ids = [];
            var note = null;
            document.querySelectorAll('#flashcard-list h2, #flashcard-list dl').forEach(function (el) {
              if (el.tagName === 'H2') { note = el.getAttribute('data-note'); return; }
              el.getAttribute('data-c').split(' ').forEach(function (c) { var m = CODE.exec(c); ids.push(note + ':' + KINDS[m[2]] + ':' + m[6]); });
            });
            var store = studysiteDeck.open(document.getElementById('flashcards').getAttribute('data-storage-key'), '.');
            store.clear();
            var scheduler = studysiteFsrs.scheduler();
            var seed = 42;
            function random() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
            function pick() { var r = random(); return r < 0.08 ? 'again' : r < 0.16 ? 'hard' : r < 0.96 ? 'good' : 'easy'; }
            var report = {};
            var start = new Date(2026, 10, 1, 19, 0).getTime();
            for (var day = 0; day < 30; day++) {
              var t = start + day * 86400000;
              for (var guard = 0; guard < 2000; guard++) {
                var next = ids.filter(function (id) { return store.isDue(id, t); })[0];
                if (!next && store.newAllowed(t) > 0) next = ids.filter(function (id) { return store.isNew(id); })[0];
                if (!next) break;
                var before = store.state(next);
                var grade = pick();
                store.record(next, before, scheduler.review(before, grade, t), grade, t);
                t += 40000;
              }
              if (day === 0 || day === 6 || day === 29) {
                var data = store.exportData(t);
                report['day ' + (day + 1)] = [new Blob([JSON.stringify(data)]).size, Object.keys(data.cards).length, data.log.length];
              }
            }
            store.clear();
            return report;
            """;

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("studysite-export-bench");
        Path out = SiteHarness.build(Path.of(args[0]), work.resolve("site")).out();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--user-data-dir=" + work.resolve("profile"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        try {
            driver.get(out.resolve("flashcards.html").toUri().toString());
            @SuppressWarnings("unchecked")
            Map<String, List<Long>> report = (Map<String, List<Long>>) driver.executeScript(SIMULATION);
            System.out.println("| studied | exported bytes | cards with a state | reviews in the log |");
            System.out.println("|---|---|---|---|");
            for (String day : List.of("day 1", "day 7", "day 30")) {
                List<Long> row = report.get(day);
                System.out.printf("| %s | %,d | %d | %d |%n", day, row.get(0), row.get(1), row.get(2));
            }
        } finally {
            driver.quit();
        }
    }
}
