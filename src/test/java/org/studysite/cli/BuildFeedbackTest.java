package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.build.BuildProgress;
import org.studysite.testing.SiteHarness;
import picocli.CommandLine;

/** What a build shows besides diagnostics: the progress display and --timings. */
class BuildFeedbackTest {
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Supplier<BuildProgress> progress, String... args) {
        CommandLine cli = StudysiteCommand.commandLine(progress);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path vault() {
        return SiteHarness.writeVault(tmp.resolve("v"), "-- a.md --\n# A\n## S `#exam-tip`\ntext [b](b.md)\n-- b.md --\n# B\nmore\n");
    }

    /** Records the stages a build shows and the units done in each, checking nothing comes after finished(). */
    static final class Recorder implements BuildProgress {
        final Map<String, Long> totals = new LinkedHashMap<>();
        final Map<String, AtomicLong> done = new ConcurrentHashMap<>();
        final AtomicInteger finished = new AtomicInteger();
        private volatile String current;

        @Override
        public synchronized void stage(String name, long total) {
            assertEquals(0, finished.get(), "no stage after finished()");
            totals.put(name, total);
            done.put(name, new AtomicLong());
            current = name;
        }

        @Override
        public void advance(long units) {
            assertEquals(0, finished.get(), "no progress after finished()");
            done.get(current).addAndGet(units);
        }

        @Override
        public void finished() {
            finished.incrementAndGet();
        }
    }

    @Test
    void aBuildShowsEachStageAndCountsItsUnitsUpToTheTotal() {
        Recorder recorder = new Recorder();
        assertEquals(0, run(() -> recorder, "build", "--notes", vault().toString(), "--out", tmp.resolve("site").toString()), err.toString());
        assertEquals(List.of("load", "parse", "resolve", "search", "plan", "render", "write"), List.copyOf(recorder.totals.keySet()));
        assertEquals(2, recorder.totals.get("parse"), "one unit per note");
        recorder.totals.forEach((stage, total) -> {
            if (total > 0) assertEquals(total, recorder.done.get(stage).get(), stage + " counts up to its total");
        });
        assertTrue(recorder.totals.get("render") > 2, "one unit per page: " + recorder.totals);
        assertTrue(recorder.finished.get() >= 1, "the display is cleared before the summary is printed");
        assertEquals("", err.toString(), "no warnings in this vault and nothing else on stderr");
    }

    @Test
    void quietShowsNoProgressAtAll() {
        AtomicInteger asked = new AtomicInteger();
        assertEquals(0, run(() -> {
            asked.incrementAndGet();
            return BuildProgress.NONE;
        }, "build", "--quiet", "--notes", vault().toString(), "--out", tmp.resolve("site").toString()));
        assertEquals(0, asked.get(), "--quiet never makes a progress display");
        assertEquals("", out.toString() + err.toString());
    }

    @Test
    void withoutATerminalTheDefaultCommandLineDrawsNothing() {
        // Tests run with stdout piped to Maven: no console, so no bar, and only the summary on stdout.
        CommandLine cli = StudysiteCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("check", "--notes", vault().toString()));
        assertTrue(out.toString().matches("studysite: 2 notes, .* \\(checked\\)\\R"), out.toString());
        assertTrue(!out.toString().contains("\r") && !err.toString().contains("\r"));
    }

    @Test
    void timingsPrintEveryStageInPipelineOrderThenTheTotal() {
        assertEquals(0, run(() -> BuildProgress.NONE, "build", "--timings", "--notes", vault().toString(),
                "--out", tmp.resolve("site").toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("studysite: 2 notes"), lines.get(0));
        List<String> stages = lines.subList(1, lines.size()).stream().map(l -> l.strip().split("\\s+")[0]).toList();
        assertEquals(List.of("load", "parse", "resolve", "search", "plan", "render", "write", "total"), stages);
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.matches("  [a-z]+ +\\d+\\.\\d\\d s"), "'" + line + "'");
        }
    }

    @Test
    void checkTimingsAndQuietTimings() {
        assertEquals(0, run(() -> BuildProgress.NONE, "check", "--timings", "--quiet", "--notes", vault().toString()));
        List<String> stages = out.toString().lines().map(l -> l.strip().split("\\s+")[0]).toList();
        assertEquals(List.of("load", "parse", "resolve", "plan", "render", "total"), stages,
                "--quiet drops the summary but not the timings asked for; check neither indexes nor writes");
    }

    @Test
    void timingsKeepTheOrderTheStagesRan() {
        Map<String, Double> ran = new LinkedHashMap<>();
        ran.put("load", 0.25);
        ran.put("render", 2.0);
        ran.put("extra", 0.0);
        ran.put("write", 0.5);
        assertEquals(List.of("  load         0.25 s", "  render       2.00 s", "  extra        0.00 s", "  write        0.50 s",
                "  total       12.35 s"), BuildRunner.timings(ran, 12.3456));
    }
}
