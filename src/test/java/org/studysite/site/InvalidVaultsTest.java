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
import org.junit.jupiter.params.provider.MethodSource;
import org.studysite.diagnostics.DiagnosticFormatter;
import org.studysite.testing.LinkChecker;
import org.studysite.testing.SafeHtml;
import org.studysite.testing.SiteHarness;

/**
 * Every vault we ship or test builds into a site without a broken link or unsafe HTML: the fixture,
 * the demo (notes/), the samples of real notes (../shared/samples/), and each careless or hostile
 * vault of {@code src/test/resources/vaults-invalid/}. Each of those is a folder (the vault) with,
 * beside it, {@code <case>.expected}: the diagnostics its build must report, exactly, formatted with
 * the vault as base ({@code a.md:3: warning: ...}), in the report's order.
 */
class InvalidVaultsTest {
    /** Far more than any of these small vaults needs: what it guards against is a hang, not slowness. */
    private static final Duration HANG = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    static Stream<String> invalidVaults() throws IOException {
        try (Stream<Path> cases = Files.list(invalidRoot())) {
            return cases.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Stream<Path> shippedVaults() {
        return Stream.of(SiteHarness.fixtureVault(), SiteHarness.repo().resolve("notes"),
                SiteHarness.repo().resolve("../shared/samples").normalize()).filter(Files::isDirectory);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVaults")
    void aCarelessOrHostileVaultBuildsWithTheWarningsItDeserves(String name) throws IOException {
        Path vault = invalidRoot().resolve(name);
        SiteHarness site = assertTimeoutPreemptively(HANG, () -> SiteHarness.build(vault, temp.resolve("out")));

        DiagnosticFormatter formatter = new DiagnosticFormatter(Path.of(""));
        List<String> reported = site.report().diagnostics().stream().map(formatter::format).toList();
        assertEquals(expected(name), reported, "diagnostics of " + name);
        assertSound(site);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedVaults")
    void aVaultWeShipBuildsWithoutABrokenLinkOrUnsafeHtml(Path vault) {
        SiteHarness site = assertTimeoutPreemptively(HANG, () -> SiteHarness.build(vault, temp.resolve("out")));
        assertSound(site);
    }

    private static void assertSound(SiteHarness site) {
        assertTrue(Files.isRegularFile(site.out().resolve("index.html")), "the site was written");
        assertEquals(List.of(), LinkChecker.brokenLinks(site), "broken links");
        assertEquals(List.of(), SafeHtml.problems(site), "unsafe HTML");
    }

    private static List<String> expected(String name) throws IOException {
        Path file = invalidRoot().resolve(name + ".expected");
        if (!Files.exists(file)) return List.of();
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    }

    private static Path invalidRoot() {
        return SiteHarness.repo().resolve("src/test/resources/vaults-invalid");
    }
}
