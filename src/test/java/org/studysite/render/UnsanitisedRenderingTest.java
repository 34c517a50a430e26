package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.bench.SyntheticVault;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.testing.Notes;
import org.studysite.testing.SiteHarness;

/**
 * Notes without raw HTML skip the sanitiser (NoteHtmlRenderer). These tests hold that to account:
 * unsafe addresses written in Markdown never reach a page, and for every note of every vault we
 * ship or test, the sanitiser would not change a thing in what we write.
 */
class UnsanitisedRenderingTest {
    private final NoteHtmlRenderer renderer = new NoteHtmlRenderer(Notes.dialect());
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void unsafeAddressesInMarkdownNeverReachThePage() {
        Library lib = Notes.library("a.md", """
                # A
                [click](javascript:alert(1)) and [data](data:text/html,<b>x</b>) and ![img](data:image/png;base64,AAAA)
                and <javascript:alert(2)> and [ref][r] and [JS](JaVaScRiPt:alert(3)) and [ok](https://example.org)

                [r]: javascript:alert(4)
                """).value();
        String html = renderer.render(lib, lib.note(new NoteId("a")), Map.of());
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("[href^=javascript], [href^=JaVaScRiPt], [href^=data], [src^=data]").isEmpty(), html);
        assertEquals(List.of("https://example.org"), doc.select("a[href]").eachAttr("href"), html);
    }

    @Test
    void theSanitiserWouldChangeNothingInNotesWithoutRawHtml(@TempDir Path tmp) throws IOException {
        List<Path> vaults = List.of(SiteHarness.fixtureVault(), SiteHarness.repo().resolve("notes"),
                SiteHarness.repo().resolve("../shared/samples"), new SyntheticVault(3, 30).write(tmp.resolve("synthetic")));
        int checked = 0;
        for (Path vault : vaults) {
            if (!Files.isDirectory(vault)) continue;
            Library lib = Notes.libraryOf(vault).value();
            for (Note note : lib.notes()) {
                if (note.markdown().contains("<")) continue; // may hold raw HTML: sanitised anyway
                String html = renderer.render(lib, note, Map.of());
                Document parsed = Jsoup.parseBodyFragment(html);
                parsed.outputSettings().prettyPrint(false);
                assertEquals(parsed.body().html(), sanitizer.clean(html).body().html(), note.sourcePath());
                checked++;
            }
        }
        assertTrue(checked > 30, "notes checked: " + checked);
    }
}
