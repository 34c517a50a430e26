package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.build.BuildProgress;
import org.studysite.testing.SiteHarness;
import picocli.CommandLine;

/** What a build prints about notes with escape sequences, in their text or their name: escapes, never the sequences. */
class ControlCharactersCliTest {
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = StudysiteCommand.commandLine(() -> BuildProgress.NONE);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aNoteNamedWithAnEscapeSequenceIsSkippedAndNamedVisibly() throws IOException {
        Path vault = SiteHarness.writeVault(tmp.resolve("v"), "-- a.md --\n# A\n\nsee [b](b\u001b[31m.md)\n"
                + "-- b\u001b[31m.md --\n# B\n-- pic\u009b.png --\npng\n");
        Path site = tmp.resolve("site");
        assertEquals(0, run("build", "--notes", vault.toString(), "--out", site.toString()));
        String printed = err.toString();
        List<String> lines = printed.lines().toList();
        assertEquals(List.of(
                vault.resolve("a.md") + ":3: warning: control character U+001B replaced",
                vault.resolve("a.md") + ":3: warning: link to missing note 'b\uFFFD[31m.md'",
                vault + "/b\\x1b[31m.md: warning: file name has control character U+001B; file skipped: rename it",
                vault + "/pic\\x9b.png: warning: file name has control character U+009B; file skipped: rename it"), lines);
        assertTrue(printed.chars().noneMatch(c -> c == 0x1b || c == 0x9b), printed);
        try (Stream<Path> files = Files.walk(site)) {
            List<String> written = files.map(p -> site.relativize(p).toString()).toList();
            assertTrue(written.stream().noneMatch(p -> p.chars().anyMatch(c -> c < 0x20 || c >= 0x7f && c <= 0x9f)), written.toString());
            assertTrue(written.contains("notes/a.html"), written.toString());
        }
        assertFalse(out.toString().contains("\u001b"), out.toString());
    }

    @Test
    void anOutputFolderNamedWithAnEscapeSequenceIsPrintedVisibly() throws IOException {
        Path vault = SiteHarness.writeVault(tmp.resolve("v"), "-- a.md --\n# A\n");
        Path site = tmp.resolve("site\u001b]0;x\u0007");
        assertEquals(0, run("build", "--notes", vault.toString(), "--out", site.toString()));
        assertTrue(out.toString().strip().endsWith("(built " + tmp + "/site\\x1b]0;x\\x07)"), out.toString());
    }
}
