package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.build.BuildOptions;
import org.studysite.build.BuildReport;
import org.studysite.build.SiteBuild;
import org.studysite.testing.SiteHarness;

/** Whole-build properties: same bytes twice, user data never lost, failed builds change nothing. */
class BuildSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void twoBuildsOfTheSameVaultAreByteIdentical() throws IOException {
        SiteHarness a = SiteHarness.build(SiteHarness.fixtureVault(), tmp.resolve("a"));
        SiteHarness b = SiteHarness.build(SiteHarness.fixtureVault(), tmp.resolve("b"));
        // search/lucene/ is the one exception: Lucene writes random segment ids. The browser export is compared.
        SortedMap<String, byte[]> first = withoutLucene(tree(a.out()));
        SortedMap<String, byte[]> second = withoutLucene(tree(b.out()));
        assertTrue(first.keySet().stream().anyMatch(p -> p.startsWith("search/post/")), "the browser index is compared");
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
        assertTrue(first.size() > 15);
    }

    @Test
    void refusesEachDangerousOutputAndLeavesFilesIntact() throws IOException {
        Path vault = SiteHarness.writeVault(tmp.resolve("vault"), "-- a.md --\n# A\n-- sub/b.md --\n# B\n");
        Path stranger = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(stranger.resolve("holiday.jpg"), "precious");
        SortedMap<String, byte[]> vaultBefore = tree(vault);
        for (Path out : new Path[] {vault, vault.resolve("site"), vault.resolve("sub"), tmp, stranger}) {
            BuildReport report = build(vault, out, false);
            assertEquals(1, report.exitCode(), "must refuse " + out);
            assertFalse(report.written());
            assertTrue(report.diagnostics().get(0).message().contains("output"), report.diagnostics().toString());
        }
        assertTreesEqual(vaultBefore, tree(vault));
        assertEquals("precious", Files.readString(stranger.resolve("holiday.jpg")));
        assertEquals(1, Files.list(stranger).count());
        assertFalse(Files.exists(vault.resolve("site")));
    }

    @Test
    void strictWarningsAndErrorsLeaveThePreviousSiteAsItWas() throws IOException {
        Path vault = SiteHarness.writeVault(tmp.resolve("vault"), "-- a.md --\n# A\nfine\n");
        Path out = tmp.resolve("site");
        assertEquals(0, build(vault, out, true).exitCode());
        SortedMap<String, byte[]> good = tree(out);

        Files.writeString(vault.resolve("a.md"), "# A\n[gone](nope.md)\n");
        BuildReport strict = build(vault, out, true);
        assertEquals(1, strict.exitCode());
        assertEquals(1, strict.warnings());
        assertTreesEqual(good, tree(out));

        Path brokenTemplates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(brokenTemplates.resolve("note.ftlh"), "${page.noSuchField}");
        BuildReport broken = SiteBuild.standard(Optional.of(brokenTemplates))
                .build(new BuildOptions(vault, out, Optional.of(brokenTemplates), false, true));
        assertEquals(1, broken.exitCode());
        assertTrue(broken.diagnostics().stream().anyMatch(d -> d.message().contains("note.ftlh")), broken.diagnostics().toString());
        assertTreesEqual(good, tree(out));
        assertEquals(0, build(vault, out, false).exitCode(), "without --strict a warning still builds");
        assertFalse(Files.exists(tmp.resolve(".site.studysite-staging")), "no staging left behind");
    }

    @Test
    void userTemplatesOverridePackedOnesFileByFile() throws IOException {
        Path vault = SiteHarness.writeVault(tmp.resolve("vault"), "-- a.md --\n# A\n");
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("tags.ftlh"), "<p id=custom>${page.title}</p>");
        SiteBuild.standard(Optional.of(templates)).build(new BuildOptions(vault, tmp.resolve("out"), Optional.of(templates), false, true));
        assertEquals("<p id=custom>Tags</p>", Files.readString(tmp.resolve("out/tags/index.html")));
        assertTrue(Files.readString(tmp.resolve("out/notes/a.html")).contains("class=\"note-title\""), "others stay packed");
    }

    private static SortedMap<String, byte[]> withoutLucene(SortedMap<String, byte[]> files) {
        files.keySet().removeIf(p -> p.startsWith("search/lucene/"));
        return files;
    }

    private static BuildReport build(Path vault, Path out, boolean strict) {
        return SiteHarness.build(vault, out, strict).report();
    }

    private static void assertTreesEqual(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    static SortedMap<String, byte[]> tree(Path root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
