package org.studysite.cli;

import java.io.Console;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.studysite.build.BuildProgress;

/**
 * A one-line progress bar for a build on a terminal:
 * {@code studysite: parse [######..............]  512/1638  31%  2.4 s}.
 * Nothing is drawn during the first second, so short builds print nothing. After that the line is
 * redrawn in place with {@code \r} (padded with spaces over the previous one, no ANSI codes needed)
 * at most {@link #REDRAW_NANOS every 100 ms}: on {@link #advance}/{@link #stage} when due, and by a
 * daemon ticker so that stages without units still show their elapsed time. {@link #finished()}
 * blanks the line and stops the ticker.
 *
 * <p>Thread-safe: parallel workers only add to an atomic counter and, when a redraw is due, try a
 * lock (never waiting for it); the clock and the output are injected, so tests need no terminal.
 */
final class TerminalProgress implements BuildProgress {
    static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int BAR_WIDTH = 20;

    /** One stage: its name, its total units (0: unknown) and how many are done. */
    private record Stage(String name, long total, AtomicLong done) {
    }

    private final Writer out;
    private final LongSupplier nanoClock;
    private final long start;
    private final ReentrantLock drawing = new ReentrantLock();
    private volatile Stage stage = new Stage("starting", 0, new AtomicLong());
    private volatile long lastDraw;
    private volatile boolean closed;
    private int drawnLength; // guarded by drawing
    private ScheduledExecutorService ticker; // guarded by drawing

    /** A bar on {@code out}, timed by {@code nanoClock} (e.g. {@code System::nanoTime}); the build starts now. */
    TerminalProgress(Writer out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastDraw = start - REDRAW_NANOS;
    }

    /**
     * The bar for a build run from a terminal: drawn on the console (which is where stdout goes), with
     * a ticker thread, or {@link BuildProgress#NONE} when stdout is not a terminal (a pipe, a file, CI).
     */
    static BuildProgress onConsole() {
        Optional<Writer> console = terminal(System.console());
        if (console.isEmpty()) return BuildProgress.NONE;
        return new TerminalProgress(console.get(), System::nanoTime).startTicker();
    }

    /**
     * The console's writer if it is a terminal. Java 17 has a console only when stdin and stdout are
     * terminals; from Java 22 there may be a console for redirected streams too, so {@code isTerminal()}
     * (Java 22+, called reflectively as this code targets 17) is asked when it exists.
     */
    static Optional<Writer> terminal(Console console) {
        if (console == null) return Optional.empty();
        try {
            Object terminal = Console.class.getMethod("isTerminal").invoke(console);
            if (Boolean.FALSE.equals(terminal)) return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException beforeJava22) {
            // No isTerminal(): on Java 17 to 21 a console exists only for a terminal.
        }
        return Optional.of(console.writer());
    }

    /** Starts a daemon thread that redraws (when due) every 100 ms, until {@link #finished()}. */
    TerminalProgress startTicker() {
        drawing.lock();
        try {
            if (closed || ticker != null) return this;
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "studysite-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, REDRAW_NANOS, REDRAW_NANOS, TimeUnit.NANOSECONDS);
            return this;
        } finally {
            drawing.unlock();
        }
    }

    @Override
    public void stage(String name, long total) {
        stage = new Stage(name, Math.max(0, total), new AtomicLong());
        tick();
    }

    @Override
    public void advance(long units) {
        stage.done().addAndGet(units);
        tick();
    }

    /** Redraws the line if the build has run for a second and the last redraw is 100 ms old. */
    void tick() {
        long now = nanoClock.getAsLong();
        if (closed || now - start < DELAY_NANOS || now - lastDraw < REDRAW_NANOS) return;
        if (!drawing.tryLock()) return; // another thread is drawing right now
        try {
            if (closed || now - lastDraw < REDRAW_NANOS) return;
            lastDraw = now;
            String line = line(stage, now - start);
            write("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
            drawnLength = line.length();
        } finally {
            drawing.unlock();
        }
    }

    /** Blanks the line (if anything was drawn) and stops the ticker; later calls draw nothing. */
    @Override
    public void finished() {
        drawing.lock();
        try {
            if (closed) return;
            closed = true;
            if (ticker != null) ticker.shutdownNow();
            if (drawnLength > 0) write("\r" + " ".repeat(drawnLength) + "\r");
            drawnLength = 0;
        } finally {
            drawing.unlock();
        }
    }

    /** The line for a stage after {@code elapsedNanos} of build: name, bar, done/total, percent, seconds. */
    static String line(String name, long total, long done, long elapsedNanos) {
        String seconds = String.format(Locale.ROOT, "%.1f s", elapsedNanos / 1e9);
        if (total <= 0) {
            return String.format(Locale.ROOT, "studysite: %-8s %s%s", name, done > 0 ? done + " done  " : "", seconds);
        }
        long shown = Math.min(done, total);
        int filled = (int) (BAR_WIDTH * shown / total);
        String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
        return String.format(Locale.ROOT, "studysite: %-8s [%s] %d/%d %3d%%  %s", name, bar, shown, total,
                100 * shown / total, seconds);
    }

    private static String line(Stage stage, long elapsedNanos) {
        return line(stage.name(), stage.total(), stage.done().get(), elapsedNanos);
    }

    private void write(String text) {
        try {
            out.write(text);
            out.flush();
        } catch (IOException e) {
            closed = true; // the terminal went away: stop drawing, the build goes on
        }
    }
}
