package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private final AtomicLong clock = new AtomicLong(5_000 * MS); // any origin: only differences count
    private final StringWriter out = new StringWriter();
    private final TerminalProgress progress = new TerminalProgress(out, clock::get);

    private void at(long millisSinceStart) {
        clock.set(5_000 * MS + millisSinceStart * MS);
    }

    @Test
    void drawsNothingDuringTheFirstSecond() {
        progress.stage("parse", 10);
        at(500);
        progress.advance(3);
        at(999);
        progress.tick();
        progress.finished();
        assertEquals("", out.toString(), "a short build prints nothing, not even a clearing line");
    }

    @Test
    void drawsStageBarCountPercentAndSecondsAfterOneSecond() {
        progress.stage("parse", 10);
        progress.advance(4);
        at(1_000);
        progress.advance(1);
        assertEquals("\rstudysite: parse    [##########..........] 5/10  50%  1.0 s", out.toString());
    }

    @Test
    void redrawsAtMostEvery100MillisecondsInPlace() {
        progress.stage("render", 200);
        at(1_200);
        progress.advance(1);
        at(1_250);
        for (int i = 0; i < 50; i++) progress.advance(1);
        assertEquals(1, out.toString().chars().filter(c -> c == '\r').count(), "no redraw within 100 ms: " + out);
        at(1_300);
        progress.tick();
        String[] lines = out.toString().split("\r", -1);
        assertEquals(3, lines.length);
        assertEquals("studysite: render   [#####...............] 51/200  25%  1.3 s", lines[2]);
    }

    @Test
    void aShorterLineIsPaddedOverTheLongerOneAndUnknownTotalsShowSeconds() {
        progress.stage("parse", 1000);
        progress.advance(999);
        at(1_000);
        progress.tick();
        String first = out.toString().substring(1);
        progress.stage("resolve", 0);
        at(2_500);
        progress.tick();
        String second = out.toString().substring(1 + first.length() + 1);
        assertEquals(first.length(), second.length(), "the old line is overwritten to its end");
        assertEquals("studysite: resolve  2.5 s", second.strip());
        assertEquals("studysite: search   12 done  3.0 s", TerminalProgress.line("search", 0, 12, 3_000 * MS));
    }

    @Test
    void finishedClearsTheLineAndLaterCallsDrawNothing() {
        progress.stage("write", 4);
        at(1_500);
        progress.advance(2);
        String drawn = out.toString();
        progress.finished();
        String cleared = out.toString().substring(drawn.length());
        assertEquals("\r" + " ".repeat(drawn.length() - 1) + "\r", cleared);
        at(3_000);
        progress.stage("more", 1);
        progress.advance(1);
        progress.tick();
        progress.finished();
        assertEquals(drawn + cleared, out.toString());
    }

    @Test
    void countsEveryUnitAndDrawsWholeLinesUnderParallelAdvance() throws Exception {
        // Every clock read moves time on by 1 ms, so many threads are due to redraw at once.
        StringWriter shared = new StringWriter();
        AtomicLong ticking = new AtomicLong();
        TerminalProgress parallel = new TerminalProgress(shared, () -> ticking.getAndAdd(MS));
        int threads = 8;
        int perThread = 5_000;
        parallel.stage("parse", (long) threads * perThread);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < perThread; i++) parallel.advance(1);
            });
            w.start();
            workers.add(w);
        }
        go.countDown();
        for (Thread w : workers) w.join();
        ticking.addAndGet(1_000 * MS);
        parallel.tick();
        String[] lines = shared.toString().split("\r");
        assertTrue(lines.length > 10, "redrawn along the way: " + lines.length);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].strip().matches("studysite: parse +\\[[#.]{20}\\] \\d+/40000 +\\d+%  \\d+\\.\\d s"),
                    "line " + i + " is whole: '" + lines[i] + "'");
        }
        assertTrue(lines[lines.length - 1].contains("] 40000/40000 100%"), lines[lines.length - 1]);
    }

    @Test
    void theTickerRedrawsStagesWithoutUnitsAndStopsWhenFinished() throws Exception {
        StringWriter drawn = new StringWriter();
        AtomicLong now = new AtomicLong();
        TerminalProgress ticking = new TerminalProgress(drawn, now::get).startTicker();
        try {
            ticking.stage("search", 0);
            now.set(1_500 * MS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (drawn.toString().isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
            assertTrue(drawn.toString().contains("studysite: search   1.5 s"), drawn.toString());
            assertTrue(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("studysite-progress"))
                    .allMatch(Thread::isDaemon), "a daemon thread never keeps the JVM alive");
        } finally {
            ticking.finished();
        }
        String atFinish = drawn.toString();
        assertTrue(atFinish.endsWith("\r"), "cleared");
        now.set(5_000 * MS);
        Thread.sleep(300);
        assertEquals(atFinish, drawn.toString(), "nothing drawn after finished()");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (tickerAlive() && System.nanoTime() < deadline) Thread.sleep(10);
        assertFalse(tickerAlive(), "the ticker thread ends with the build");
    }

    private static boolean tickerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("studysite-progress") && t.isAlive());
    }

    @Test
    void noTerminalMeansNoBar() {
        assertEquals(Optional.empty(), TerminalProgress.terminal(null));
    }
}
