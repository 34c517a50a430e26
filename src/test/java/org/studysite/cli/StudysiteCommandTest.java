package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.studysite.testing.SiteHarness;

class StudysiteCommandTest {
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = StudysiteCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void buildPrintsWarningsAsFileLineAndOneSummaryLine() throws Exception {
        Path vault = SiteHarness.writeVault(tmp.resolve("v"), "-- a.md --\n# A\n## S `#exam-tip`\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[x](gone.md)\n");
        int code = run("build", "--notes", vault.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(0, code, err.toString());
        assertEquals(vault.resolve("a.md") + ":7: warning: link to missing note 'gone.md'", err.toString().strip());
        assertTrue(out.toString().strip().matches("studysite: 1 notes, 2 sections, 1 tags, 1 tables, 1 warnings in \\d+\\.\\d\\d s \\(built .*\\)"), out.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("site/index.html")));
    }

    @Test
    void strictFailsOnWarningsAndQuietDropsTheSummary() {
        Path vault = SiteHarness.writeVault(tmp.resolve("v"), "-- a.md --\n# A\n[x](gone.md)\n");
        assertEquals(1, run("build", "--strict", "--notes", vault.toString(), "--out", tmp.resolve("site").toString()));
        out.getBuffer().setLength(0);
        assertEquals(0, run("check", "--quiet", "--notes", vault.toString()));
        assertEquals("", out.toString());
        assertTrue(!Files.exists(tmp.resolve("site")), "check and failed builds write nothing");
    }

    @Test
    void missingVaultIsAOneLineErrorNotAStackTrace() {
        assertEquals(1, run("build", "--notes", tmp.resolve("nope").toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err.toString().contains("error: notes folder"), err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }

    @Test
    void aFolderByTheStagingNameThatStudysiteDidNotMakeStopsTheBuildAndIsKept() throws Exception {
        Path vault = SiteHarness.writeVault(tmp.resolve("v"), "-- a.md --\n# A\n");
        Path staging = Files.createDirectories(tmp.resolve(".site.studysite-staging"));
        Files.writeString(staging.resolve("keep.txt"), "mine");
        assertEquals(1, run("build", "--notes", vault.toString(), "--out", tmp.resolve("site").toString()));
        assertTrue(err.toString().startsWith("studysite: error: " + staging + " is in the way: "), err.toString());
        assertTrue(err.toString().lines().findFirst().orElseThrow().endsWith("move or rename it, or choose another --out"), err.toString());
        assertEquals("mine", Files.readString(staging.resolve("keep.txt")));
        assertTrue(!Files.exists(tmp.resolve("site")));
    }

    @Test
    void helpVersionAndUsageErrors() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("studysite "));
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("--strict"));
        assertEquals(0, run("check", "--help"));
        assertEquals(2, run("build", "--no-such-option"));
    }
}
