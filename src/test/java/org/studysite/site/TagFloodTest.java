package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.testing.LinkChecker;
import org.studysite.testing.SiteHarness;

/**
 * One paragraph of thousands of distinct tags (issue 10: 4,000 took 147 s and 848 MB, 50,000 never
 * finished) builds with a warning, and the site grows with the note's size, not its square: only
 * the first 16 tags give the paragraph to tag pages and cheat sheets. The timeout catches a hang.
 */
class TagFloodTest {
    /** Bytes of output a byte of the flooding note may add: its page, search entries, 16 tags' pages. */
    private static final int BYTES_PER_SOURCE_BYTE = 8;
    private static final int SIXTEEN_TAGS_PAGES = 400_000;

    @ParameterizedTest(name = "{0} tags written as {1}")
    @CsvSource({"4000, code", "50000, code", "4000, hashtag", "50000, hashtag"})
    void floodOfTagsBuildsInSizeProportionalToTheNote(int tags, String form, @TempDir Path dir) throws IOException {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("fine.md"), "# Fine\n\nSee [[flood]]. `#exam-tip`\n");
        SiteHarness baseline = SiteHarness.build(vault, dir.resolve("baseline"));
        StringBuilder note = new StringBuilder("# Flood\n\nA paragraph:");
        for (int i = 0; i < tags; i++) note.append(form.equals("code") ? " `#t" + i + "`" : " #t" + i);
        Files.writeString(vault.resolve("flood.md"), note.append('\n').toString());

        SiteHarness site = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> SiteHarness.build(vault, dir.resolve("out")));

        List<Diagnostic> expected = new java.util.ArrayList<>();
        int counted = tags;
        if (form.equals("code")) {
            counted = 500; // 1,000 backtick runs: the rest of the paragraph is text
            expected.add(Diagnostic.warning("flood.md", 3, "more than 1000 backtick runs, brackets, '<' or '&' in one paragraph"
                    + " (1 line); the rest are kept as text"));
        }
        expected.add(0, Diagnostic.warning("flood.md", 3, counted + " tags on one block, more than 16: only the first 16"
                + " list it on tag pages and cheat sheets"));
        assertEquals(expected, site.report().diagnostics());
        assertEquals(List.of(), LinkChecker.brokenLinks(site));
        assertTrue(Files.isRegularFile(site.out().resolve("tags/t15.html")));
        assertTrue(!Files.exists(site.out().resolve("tags/t16.html")));
        long added = bytes(site.out()) - bytes(baseline.out());
        long source = Files.size(vault.resolve("flood.md"));
        assertTrue(added < BYTES_PER_SOURCE_BYTE * source + SIXTEEN_TAGS_PAGES,
                "output grew by " + added + " bytes for a note of " + source);
    }

    private static long bytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
