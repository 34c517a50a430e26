package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.build.BuildProgress;
import org.studysite.diagnostics.UserFacingException;
import org.studysite.testing.SiteHarness;
import picocli.CommandLine;

/** Any failure ends in one line, exit code 1; --debug adds the stack trace; bad usage stays 2. */
class FailureTest {
    private static final long MIB = 1024 * 1024;
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A progress display that fails when the build starts: a way to throw anything from inside a build. */
    private static BuildProgress failing(Runnable failure) {
        return new BuildProgress() {
            @Override
            public void stage(String name, long total) {
                failure.run();
            }

            @Override
            public void advance(long units) {
            }

            @Override
            public void finished() {
            }
        };
    }

    private int build(Runnable failure, String... extra) {
        CommandLine cli = StudysiteCommand.commandLine(() -> failing(failure));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        Path vault = SiteHarness.writeVault(tmp.resolve("v"), "-- a.md --\n# A\n");
        List<String> args = new java.util.ArrayList<>(List.of("build", "--notes", vault.toString(), "--out", tmp.resolve("o").toString()));
        args.addAll(List.of(extra));
        return cli.execute(args.toArray(String[]::new));
    }

    private void assertOneLine(String expectedStart) {
        String text = err.toString();
        assertEquals(1, text.lines().count(), "one line: " + text);
        assertTrue(text.startsWith(expectedStart), text);
        assertFalse(text.contains("\tat ") || text.contains("at org."), "no stack frames: " + text);
        assertEquals("", out.toString());
    }

    @Test
    void outOfMemoryIsOneLineWithTheHeapToTry() {
        assertEquals(1, build(() -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        assertOneLine("studysite: error: out of memory (max heap ");
        long mib = Runtime.getRuntime().maxMemory() / MIB;
        assertTrue(err.toString().contains("; try more memory: java -Xmx" + (2 * mib) + "m -jar target/studysite.jar build --notes "),
                err.toString());
    }

    @Test
    void outOfMemoryInsideAParallelStreamIsFoundInTheCauseChain() {
        assertEquals(1, build(() -> IntStream.range(0, 64).parallel().forEach(i -> {
            if (i % 7 == 3) throw new CompletionException(new OutOfMemoryError("Java heap space"));
        })));
        assertOneLine("studysite: error: out of memory (max heap ");
    }

    @Test
    void aPortInUseSaysToChooseAnother() {
        String line = Failure.line(new java.io.UncheckedIOException(new java.net.BindException("Address already in use")),
                List.of("serve", "--port", "8000"), 1L << 30);
        assertTrue(line.startsWith("studysite: error: cannot listen there (Address already in use)"), line);
        assertTrue(line.contains("--port 0"), line);
    }

    @Test
    void stackOverflowIsOneLineToo() {
        assertEquals(1, build(FailureTest::recurse));
        assertOneLine("studysite: error: stack overflow");
        assertTrue(err.toString().contains("-Xss"), err.toString());
    }

    private static void recurse() {
        recurse();
    }

    @Test
    void anUnexpectedExceptionIsOneLineWithExitCode1NotTwo() {
        assertEquals(1, build(() -> {
            throw new IllegalStateException("page table\nis inconsistent");
        }));
        assertOneLine("studysite: error: IllegalStateException: page table is inconsistent; ");
        assertTrue(err.toString().contains("--debug"), "says how to learn more: " + err);
    }

    @Test
    void debugPrintsTheStackTraceAfterTheLine() {
        assertEquals(1, build(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, "--debug"));
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("studysite: error: out of memory"), lines.get(0));
        assertTrue(err.toString().contains("java.lang.OutOfMemoryError: Java heap space"), err.toString());
        assertTrue(err.toString().contains("at org.studysite."), err.toString());
    }

    @Test
    void debugIsAcceptedBeforeTheSubcommandAndOnSearch() {
        CommandLine cli = StudysiteCommand.commandLine(() -> failing(() -> {
            throw new IllegalStateException("boom");
        }));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        Path vault = SiteHarness.writeVault(tmp.resolve("v"), "-- a.md --\n# A\n");
        assertEquals(1, cli.execute("--debug", "check", "--notes", vault.toString()));
        assertTrue(err.toString().contains("at org.studysite."), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, cli.execute("search", "--debug", "x", "--site", tmp.resolve("none").toString()));
        assertTrue(err.toString().startsWith("studysite: no search index in "), err.toString());
    }

    @Test
    void anOutputUnderAFileIsRefusedBeforeTheBuildWithExitCodeOne() throws IOException {
        // The output's parent is a file: the output cannot be created, which root cannot get round either.
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CommandLine cli = StudysiteCommand.commandLine(() -> BuildProgress.NONE);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        Path vault = SiteHarness.writeVault(tmp.resolve("v"), "-- a.md --\n# A\n");
        assertEquals(1, cli.execute("build", "--notes", vault.toString(), "--out", file.resolve("site").toString()));
        String text = err.toString();
        assertEquals("studysite: error: output folder " + file.resolve("site") + " cannot be created: " + file
                + " is a file, not a folder; choose another --out", text.lines().findFirst().orElseThrow());
        assertTrue(text.lines().skip(1).allMatch(l -> l.startsWith("studysite: 0 notes") && l.endsWith("(nothing written)")), text);
        assertFalse(text.contains("at org."), text);
    }

    @Test
    void anOutputThatCannotBeCreatedEvenByRootIsOneLineWithExitCodeOne() {
        // The guard lets it pass (root may write in /proc), the writer cannot create it: still one line, exit 1.
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        CommandLine cli = StudysiteCommand.commandLine(() -> BuildProgress.NONE);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        Path vault = SiteHarness.writeVault(tmp.resolve("v"), "-- a.md --\n# A\n");
        assertEquals(1, cli.execute("build", "--notes", vault.toString(), "--out", "/proc/studysite-test/site"));
        String text = err.toString().strip();
        assertTrue(text.startsWith("studysite: error: ") && text.contains("/proc/studysite-test/site") && text.contains("choose another --out"), text);
        assertEquals(1, text.lines().count(), text);
        assertFalse(text.contains("bug"), text);
    }

    @Test
    void aFailureTheUserCanFixIsToldAsItIsNotAsABug() {
        assertEquals("studysite: error: cannot write the site to /o: /o/x is in the way; move it",
                line(new RuntimeException(new UserFacingException("cannot write the site to /o: /o/x is in the way; move it",
                        new FileAlreadyExistsException("/o/x")))));
    }

    @Test
    void controlCharactersInAFailureShowAsEscapes() {
        StringWriter printed = new StringWriter();
        assertEquals(1, Failure.report(new NoSuchFileException("/v/\u001b[2Ja.md"), List.of("build"), false, new PrintWriter(printed)));
        assertEquals("studysite: error: no such file or folder: /v/\\x1b[2Ja.md; check the path (was it moved or deleted while studysite ran?)",
                printed.toString().strip());
    }

    @Test
    void ioMessagesSayWhichFileAndWhatToDo() {
        assertEquals("studysite: error: permission denied: /s/o/a.html; check that you may read and write it (and its folder)",
                line(new UncheckedIOException(new AccessDeniedException("/s/o/a.html"))));
        assertTrue(line(new NoSuchFileException("/v/a.md")).startsWith("studysite: error: no such file or folder: /v/a.md; check the path"));
        assertEquals("studysite: error: disk full writing /o/x.js; free some disk space, or build with --out on another disk",
                line(new RuntimeException(new FileSystemException("/o/x.js", null, "No space left on device"))));
        assertEquals("studysite: error: cannot read or write a file (Input/output error); check the file's permissions and that the disk is not full",
                line(new UncheckedIOException("reading", new IOException("Input/output error"))));
        assertEquals("studysite: error: cannot read or write /o/x.css (FileSystemException); check the file's permissions and that the disk is not full",
                line(new FileSystemException("/o/x.css")));
    }

    @Test
    void outOfMemoryAdviceDoublesTheHeapAndKnowsTheLauncher() {
        assertEquals("studysite: error: out of memory (max heap 512 MiB); try more memory: java -Xmx1024m -jar target/studysite.jar build --notes 'my notes'",
                Failure.line(new OutOfMemoryError(), List.of("build", "--notes", "my notes"), 512 * MIB));
        assertTrue(Failure.line(new OutOfMemoryError(), List.of(), Long.MAX_VALUE).contains("-Xmx4g"));
        String before = System.getProperty(Failure.LAUNCHER_PROPERTY);
        System.setProperty(Failure.LAUNCHER_PROPERTY, "./studysite");
        try {
            assertEquals("studysite: error: out of memory (max heap 256 MiB); try more memory: STUDYSITE_JAVA_OPTS=-Xmx512m ./studysite build",
                    Failure.line(new Error(new OutOfMemoryError()), List.of("build"), 256 * MIB));
        } finally {
            if (before == null) System.clearProperty(Failure.LAUNCHER_PROPERTY);
            else System.setProperty(Failure.LAUNCHER_PROPERTY, before);
        }
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertEquals(2, Failure.causes(b).size());
        assertTrue(line(b).startsWith("studysite: error: RuntimeException: b; "));
    }

    @Test
    void badUsageIsStillTwo() {
        CommandLine cli = StudysiteCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("build", "--limit", "3"));
        assertEquals(2, cli.execute("search"));
        assertEquals(2, cli.execute("serve", "--port", "65536"));
        assertTrue(err.toString().contains("--port must be between 0 and 65535 (0 picks a free port), not 65536"), err.toString());
        assertEquals(2, cli.execute("serve", "--port", "-1"));
    }

    @Test
    void badUsageQuotingAnArgumentShowsItsControlCharactersAsEscapes() {
        CommandLine cli = StudysiteCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("search", "x", "--limit", "\u001b]0;title\u0007"));
        assertEquals("Invalid value for option '--limit': '\\x1b]0;title\\x07' is not an int", err.toString().lines().findFirst().orElseThrow());
        assertFalse(err.toString().contains("\u001b"), err.toString());
    }

    private static String line(Throwable t) {
        return Failure.line(t, List.of("build"), 100 * MIB);
    }
}
