package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.testing.LinkChecker;
import org.studysite.testing.SiteHarness;

/**
 * Issue 10's pathological notes at the sizes it found them (too big to keep as vaults-invalid
 * files): each builds, with one warning at the line where the excess starts, and the other note
 * is built as usual. The timeout only catches a hang; it is not a performance measurement.
 */
class HostileStructureTest {

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({
            "quote on one line, 1000, 3, 'block quotes and lists nested more than 32 levels deep (1 line); the deeper levels are kept as text'",
            "indented list, 500, 35, 'block quotes and lists nested more than 32 levels deep (468 lines); the deeper levels are kept as text'",
            "list markers on one line, 10000, 3, 'block quotes and lists nested more than 32 levels deep (1 line); the deeper levels are kept as text'",
            "quote per line, 1000, 35, 'block quotes and lists nested more than 32 levels deep (968 lines); the deeper levels are kept as text'",
            "table columns, 2000, 3, 'table row with more than 64 columns (3 lines); the cells past the 64th are kept as text'",
            "nested emphasis, 2000, 3, 'Markdown nested more than 256 levels deep (emphasis, links or images inside each other); the note is left empty'",
    })
    void pathologicalNoteIsOneWarning(String kind, int size, int line, String message, @TempDir Path dir) throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("vault")).resolve("deep.md"), "# Deep\n\n" + note(kind).apply(size));
        Files.writeString(dir.resolve("vault/fine.md"), "# Fine\n\nSee [[deep]].\n");
        SiteHarness site = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> SiteHarness.build(dir.resolve("vault"), dir.resolve("out")));
        assertEquals(List.of(Diagnostic.warning("deep.md", line, message)), site.report().diagnostics());
        assertTrue(site.page("notes/fine.html").text().contains("See"));
        assertTrue(Files.isRegularFile(site.out().resolve("notes/deep.html")));
        assertEquals(List.of(), LinkChecker.brokenLinks(site));
    }

    private static IntFunction<String> note(String kind) {
        return switch (kind) {
            case "quote on one line" -> n -> ">".repeat(n) + " deep\n";
            case "indented list" -> n -> lines(n, i -> "  ".repeat(i) + "- x");
            case "list markers on one line" -> n -> "- ".repeat(n) + "x\n";
            case "quote per line" -> n -> lines(n, i -> "> ".repeat(i + 1) + "x");
            case "table columns" -> n -> "|" + "c|".repeat(n) + "\n|" + "---|".repeat(n) + "\n|" + "v|".repeat(n) + "\n";
            case "nested emphasis" -> n -> "*a _b ".repeat(n) + "c" + "_ b* ".repeat(n) + "\n";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String lines(int count, IntFunction<String> line) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) text.append(line.apply(i)).append('\n');
        return text.toString();
    }
}
