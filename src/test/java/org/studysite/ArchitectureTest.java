package org.studysite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.studysite.testing.SiteHarness;

/** Stage packages never import each other; they share only model, markdown, diagnostics, output (file formats any stage writes) and url (where every output goes, and the hrefs between them). */
class ArchitectureTest {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.studysite\\.([a-z]+)", Pattern.MULTILINE);
    private static final Set<String> SHARED = Set.of("model", "markdown", "diagnostics", "output", "url");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "cli", Set.of("build", "search", "serve"),
            "build", Set.of("load", "parse", "resolve", "render", "search", "write"),
            // The live preview runs the same stages as build, keeping their results between rebuilds.
            "serve", Set.of("load", "parse", "resolve", "render", "search", "write"));

    @Test
    void stagesDependOnlyOnSharedPackages() throws IOException {
        Path root = SiteHarness.repo().resolve("src/main/java/org/studysite");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file).getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1);
                    boolean ok = used.equals(pkg) || SHARED.contains(used) || ALLOWED.getOrDefault(pkg, Set.of()).contains(used);
                    if (!ok) violations.add(root.relativize(file) + " imports " + used);
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
