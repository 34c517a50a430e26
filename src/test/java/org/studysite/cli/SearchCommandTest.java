package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.SiteHarness;
import picocli.CommandLine;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchCommandTest {
    @TempDir
    static Path tmp;
    Path site;
    StringWriter out;
    StringWriter err;

    @BeforeAll
    void build() {
        site = SiteHarness.build(SiteHarness.fixtureVault(), tmp.resolve("site")).out();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = StudysiteCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsRankedSectionsWithPageAnchorAndHighlightedSnippet() {
        assertEquals(0, run("search", "batch transform", "--site", site.toString(), "--limit", "2"));
        String[] lines = out.toString().split("\n");
        assertEquals(" 1. Model Endpoints › Batch Processing › Batch Transform  #core #exam-tip", lines[0]);
        assertEquals("    notes/deploy/endpoints.html#batch-transform", lines[1]);
        assertEquals(6, lines.length, "two results of three lines");
        assertEquals(0, run("search", "dataset predictions", "--site", site.toString(), "--limit", "1"));
        assertTrue(out.toString().contains("[dataset]") && out.toString().contains("[predictions]"), "Lucene highlights: " + out);
    }

    @Test
    void tagFilterAndLimit() {
        assertEquals(0, run("search", "monitor", "--tag", "exam-tip", "--site", site.toString()));
        assertTrue(out.toString().lines().filter(l -> l.matches("\\s*\\d+\\. .*")).allMatch(l -> l.contains("#exam-tip")), out.toString());
    }

    @Test
    void clearMessagesForNoMatchAndNoIndex() {
        assertEquals(1, run("search", "xylophone", "--site", site.toString()));
        assertEquals("No section matches \"xylophone\".", err.toString().strip());
        assertEquals(1, run("search", "drift", "--site", tmp.resolve("nothing-here").toString()));
        assertTrue(err.toString().contains("no search index in"), err.toString());
        assertTrue(err.toString().contains("studysite build"), err.toString());
    }
}
