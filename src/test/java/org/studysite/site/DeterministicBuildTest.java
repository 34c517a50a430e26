package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.bench.SyntheticVault;
import org.studysite.testing.SiteHarness;

/**
 * Same input, same bytes out: pages are rendered and written in parallel and the search index is
 * filled from several threads, so two builds of one vault are compared file by file. Lucene's own
 * files carry random segment ids and are the one part left out.
 */
class DeterministicBuildTest {

    @Test
    void twoBuildsOfTheSameVaultAreByteIdentical(@TempDir Path work) throws IOException {
        Path vault = new SyntheticVault(7, 40).write(work.resolve("vault"));
        Map<String, byte[]> first = files(SiteHarness.build(vault, work.resolve("a")).out());
        Map<String, byte[]> second = files(SiteHarness.build(vault, work.resolve("b")).out());
        assertEquals(first.keySet(), second.keySet());
        List<String> differ = new ArrayList<>();
        first.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, second.get(path))) differ.add(path);
        });
        assertEquals(List.of(), differ);
        assertTrue(first.size() > 100, "a real site: " + first.size() + " files");
    }

    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                if (!rel.startsWith("search/lucene/")) files.put(rel, Files.readAllBytes(f));
            }
        }
        return files;
    }
}
