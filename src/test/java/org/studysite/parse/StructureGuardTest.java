package org.studysite.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.testing.SiteHarness;

class StructureGuardTest {

    @Test
    void realNotesPassUntouched() throws IOException {
        List<Path> notes;
        Path samples = SiteHarness.repo().resolve("../shared/samples").normalize();
        try (Stream<Path> files = Stream.of(Files.walk(SiteHarness.repo().resolve("notes")), Files.walk(SiteHarness.fixtureVault()),
                Files.isDirectory(samples) ? Files.walk(samples) : Stream.<Path>empty()).flatMap(s -> s)) {
            notes = files.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertTrue(notes.size() > 5);
        for (Path note : notes) {
            String text = Files.readString(note);
            StructureGuard.Guarded guarded = StructureGuard.guard("n.md", text);
            assertSame(text, guarded.text(), note.toString());
            assertEquals(List.of(), guarded.diagnostics(), note.toString());
        }
    }

    @Test
    void quoteMarkersPastTheLimitAreEscaped() {
        StructureGuard.Guarded guarded = StructureGuard.guard("a.md", "# T\n\n" + ">".repeat(40) + " deep\n");
        assertEquals("# T\n\n" + ">".repeat(32) + "\\" + ">".repeat(8) + " deep\n", guarded.text());
        assertEquals(List.of(Diagnostic.warning("a.md", 3, "block quotes and lists nested more than 32 levels deep"
                + " (1 line); the deeper levels are kept as text")), guarded.diagnostics());
    }

    @Test
    void listMarkersOnOneLineCountAsLevels() {
        String guarded = StructureGuard.guard("a.md", "- ".repeat(40) + "x\n").text();
        assertEquals("- ".repeat(32) + "\\" + "- ".repeat(8) + "x\n", guarded);
        assertEquals("> - 1\\. x\n", StructureGuard.guard("a.md", "> - ".repeat(16) + "1. x\n").text()
                .substring(4 * 15));
    }

    @Test
    void indentedListsCountTheirOpenItems() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 34; i++) deep.append("  ".repeat(i)).append("- x\n");
        String[] lines = StructureGuard.guard("a.md", deep.toString()).text().split("\n");
        assertEquals("  ".repeat(31) + "- x", lines[31]);
        assertEquals("  ".repeat(32) + "\\- x", lines[32]);
        assertEquals("  ".repeat(33) + "\\- x", lines[33]);
    }

    @Test
    void siblingsAndListsAfterParagraphsDoNotAddUp() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) text.append("- item\n  - nested\n    - deeper\n\nParagraph.\n\n");
        for (int i = 0; i < 100; i++) text.append("> quote\n>\n> - item\n");
        String unchanged = text.toString();
        assertSame(unchanged, StructureGuard.guard("a.md", unchanged).text());
    }

    @Test
    void fencedCodeAndThematicBreaksAreNotNesting() {
        String text = "```\n" + "> ".repeat(50) + "\n" + "- ".repeat(50) + "x\n```\n\n" + "- ".repeat(40) + "\n\n"
                + "~~~~\n" + "  ".repeat(40) + "- yaml\n~~~~\n";
        assertSame(text, StructureGuard.guard("a.md", text).text());
    }

    @Test
    void tableRowsPastTheColumnLimitKeepTheRestAsText() {
        String row = "|" + "c|".repeat(70);
        StructureGuard.Guarded guarded = StructureGuard.guard("a.md", "x\n" + row + "\n" + "|---".repeat(70) + "|\n");
        String[] lines = guarded.text().split("\n");
        assertEquals("|" + "c|".repeat(64) + "c\\|".repeat(6), lines[1]);
        assertEquals(3, lines.length);
        assertEquals(List.of(Diagnostic.warning("a.md", 2, "table row with more than 64 columns (2 lines);"
                + " the cells past the 64th are kept as text")), guarded.diagnostics());
        String escaped = "|" + "c\\|".repeat(100) + "\n";
        assertSame(escaped, StructureGuard.guard("a.md", escaped).text());
    }

    @Test
    void aLongTableCountsInlineMarksPerRowAndAParagraphAsAWhole() {
        String table = "| a | b |\n|---|---|\n" + "| `x` | [[y]] |\n".repeat(2000);
        assertSame(table, StructureGuard.guard("a.md", table).text());
        String paragraph = "| `x` | [[y]] |\n".repeat(2000);
        StructureGuard.Guarded guarded = StructureGuard.guard("a.md", paragraph);
        assertEquals(List.of(Diagnostic.warning("a.md", 251, "more than 1000 backtick runs, brackets, '<' or '&'"
                + " in one paragraph (1750 lines); the rest are kept as text")), guarded.diagnostics());
        assertTrue(guarded.text().endsWith("| \\`x\\` | \\[\\[y]] |\n"));
    }

    @Test
    void lineCountNeverChanges() {
        String text = "- ".repeat(100) + "\r\n" + ">".repeat(100) + "\n\n" + "|".repeat(200);
        assertEquals(text.split("\n", -1).length, StructureGuard.guard("a.md", text).text().split("\n", -1).length);
    }
}
