package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertTrue(err.toString().contains(" build --out " + tmp.resolve("nothing-here")), err.toString());
    }

    @Test
    void aLimitBelowOneIsBadUsage() {
        for (String limit : new String[] {"0", "-1"}) {
            assertEquals(2, run("search", "drift", "--limit", limit, "--site", site.toString()));
            assertEquals("--limit must be at least 1, not " + limit, err.toString().lines().findFirst().orElseThrow());
            assertEquals("", out.toString());
        }
        assertEquals(0, run("search", "drift", "--limit", "1", "--site", site.toString()));
    }

    @ParameterizedTest
    @CsvSource({
        "meta.js, 10, meta.js is not as the build wrote it",
        "docs/0.js, 10, docs/0.js is not as the build wrote it",
        "dict/0.js, 10, dict/0.js is not as the build wrote it",
    })
    void aTruncatedIndexFileIsADamagedIndexWithExitCodeOne(String file, int size, String reason) throws IOException {
        Path damaged = SiteHarness.copyVault(site, tmp.resolve("damaged-" + file.replace('/', '-') + size));
        try (FileChannel channel = FileChannel.open(damaged.resolve("search").resolve(file), StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
        assertDamaged(damaged, reason);
    }

    @Test
    void everyTruncatedLuceneFileIsADamagedIndex() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(site.resolve("search/lucene"))) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            for (boolean empty : new boolean[] {false, true}) {
                Path damaged = SiteHarness.copyVault(site, tmp.resolve("cut-" + empty + "-" + file.getFileName()));
                try (FileChannel channel = FileChannel.open(damaged.resolve("search/lucene").resolve(file.getFileName()), StandardOpenOption.WRITE)) {
                    channel.truncate(empty ? 0 : channel.size() / 2);
                }
                assertDamaged(damaged, "lucene/" + file.getFileName() + " is cut short");
            }
        }
    }

    @Test
    void aMissingIndexFileIsADamagedIndex() throws IOException {
        Path damaged = SiteHarness.copyVault(site, tmp.resolve("missing-file"));
        try (Stream<Path> list = Files.list(damaged.resolve("search/lucene"))) {
            Path fdt = list.filter(p -> p.toString().endsWith(".fdt")).findFirst().orElseThrow();
            Files.delete(fdt);
            assertDamaged(damaged, "lucene/" + fdt.getFileName() + " is missing");
        }
    }

    private void assertDamaged(Path damaged, String reason) {
        assertEquals(1, run("search", "batch transform", "--site", damaged.toString()), err.toString());
        assertEquals("studysite: error: the search index in " + damaged.resolve("search") + " is damaged (" + reason
                + "); rebuild the site: java -jar target/studysite.jar build --out " + damaged, err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void escapeSequencesInANoteNeverReachTheTerminal() {
        Path vault = SiteHarness.writeVault(tmp.resolve("esc-vault"),
                "-- a.md --\n# Title \u001b]0;pwned\u0007 here\n\n## Screen\n\nzebra clears \u001b[2J the \u009b31m screen\n");
        Path escSite = SiteHarness.build(vault, tmp.resolve("esc-site")).out();
        assertEquals(0, run("search", "zebra", "--site", escSite.toString()));
        String printed = out.toString();
        assertTrue(printed.contains("[zebra] clears \uFFFD[2J the \uFFFD31m screen"), printed);
        assertTrue(printed.chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f), printed);
    }
}
