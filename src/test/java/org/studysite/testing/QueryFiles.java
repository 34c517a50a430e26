package org.studysite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** Query files under src/test/resources/search: one query per line; "# " lines (hash, space) are comments. */
public final class QueryFiles {
    private QueryFiles() {
    }

    public static List<String> lines(String name) {
        try {
            return Files.readAllLines(SiteHarness.repo().resolve("src/test/resources/search").resolve(name)).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("# ") && !l.equals("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
