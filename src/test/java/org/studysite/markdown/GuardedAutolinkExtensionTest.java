package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.studysite.testing.SiteHarness;

class GuardedAutolinkExtensionTest {

    @Test
    void onlyTextThatCouldHoldALinkIsScanned() {
        assertTrue(GuardedAutolinkExtension.mayHoldLink("see https://example.org"));
        assertTrue(GuardedAutolinkExtension.mayHoldLink("WWW.example.org"));
        assertTrue(GuardedAutolinkExtension.mayHoldLink("mail me@example.org"));
        assertFalse(GuardedAutolinkExtension.mayHoldLink("Exam Scenario: pick a real-time endpoint"));
        assertFalse(GuardedAutolinkExtension.mayHoldLink("www"));
    }

    @Test
    void linksAreFoundAsFlexmarkFindsThem() {
        String md = "Docs at https://docs.aws.amazon.com/x, www.example.org or ask ops@example.org.\n\nNo link: a:b and w.w\n";
        assertEquals(html(md, AutolinkExtension.create()), html(md, GuardedAutolinkExtension.create()));
        assertTrue(html(md, GuardedAutolinkExtension.create()).contains("<a href=\"https://docs.aws.amazon.com/x\">"));
    }

    /** Every note we ship or test renders exactly as with flexmark's own extension. */
    @Test
    void everyVaultWeShipRendersTheSame() throws IOException {
        List<Path> vaults = List.of(SiteHarness.fixtureVault(), SiteHarness.repo().resolve("notes"),
                SiteHarness.repo().resolve("../shared/samples"));
        int notes = 0;
        for (Path vault : vaults) {
            if (!Files.isDirectory(vault)) continue;
            try (Stream<Path> files = Files.walk(vault)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    String md = Files.readString(f);
                    assertEquals(html(md, AutolinkExtension.create()), html(md, GuardedAutolinkExtension.create()), f.toString());
                    notes++;
                }
            }
        }
        assertTrue(notes > 5, "notes compared: " + notes);
    }

    private static String html(String md, Extension autolinks) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolinks, WikiLinkExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(md));
    }
}
