package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.diagnostics.DiagnosticFormatter;
import org.studysite.testing.SiteHarness;

/** Control characters in notes (issue 10): replaced at load, so no page, title or script carries one. */
class ControlCharactersTest {
    private static final Path VAULT = SiteHarness.repo().resolve("src/test/resources/vaults-invalid/control-characters");

    @TempDir
    Path tmp;

    @Test
    void escapeSequencesAreReplacedInTitlesHeadingsAndEveryPage() throws IOException {
        SiteHarness site = SiteHarness.build(VAULT, tmp.resolve("site"));
        DiagnosticFormatter formatter = new DiagnosticFormatter(Path.of(""));
        assertEquals(Files.readAllLines(VAULT.resolveSibling("control-characters.expected")),
                site.report().diagnostics().stream().map(formatter::format).toList());
        assertEquals("Escapes \uFFFD]0;pwned\uFFFD in the title · Study Notes", site.page("notes/escapes.html").title());
        assertEquals("Clear \uFFFD[2J screen", site.page("notes/escapes.html").select("h2").first().text());
        // Scripts are packed (deflated) and say nothing in plain bytes; pages are text.
        List<Path> texts;
        try (Stream<Path> files = Files.walk(site.out())) {
            texts = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertTrue(texts.size() > 5, "every page is checked");
        for (Path text : texts) {
            String content = Files.readString(text, StandardCharsets.UTF_8);
            assertTrue(content.chars().noneMatch(c -> c == 0x1b || c == 0x07 || c == 0x7f || c == 0x9b), text.toString());
        }
    }

    @Test
    void theWarningNamesTheFirstLineAndTheCount() {
        Path vault = SiteHarness.writeVault(tmp.resolve("v"), "-- a.md --\n# A\n\nfine\n\nbell \u0007 and \u0001 and \u0000\n");
        SiteHarness site = SiteHarness.build(vault, tmp.resolve("site"));
        assertEquals("a.md:5: warning: control character U+0007 replaced (3 control characters in this note)",
                new DiagnosticFormatter(Path.of("")).format(site.report().diagnostics().get(0)));
        assertEquals(1, site.report().diagnostics().size());
    }
}
