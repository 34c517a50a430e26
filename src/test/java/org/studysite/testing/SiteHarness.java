package org.studysite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.studysite.build.BuildOptions;
import org.studysite.build.BuildReport;
import org.studysite.build.SiteBuild;

/** Builds a vault with the real pipeline into a temp folder and reads the output back. */
public final class SiteHarness {
    private final Path out;
    private final BuildReport report;

    private SiteHarness(Path out, BuildReport report) {
        this.out = out;
        this.report = report;
    }

    /** The fixture vault covering every NOTES-FORMAT.md convention. */
    public static Path fixtureVault() {
        return repo().resolve("src/test/resources/vaults/study");
    }

    public static Path repo() {
        String fromMaven = System.getenv("STUDYSITE_REPO");
        return Path.of(fromMaven != null ? fromMaven : ".").toAbsolutePath().normalize();
    }

    public static SiteHarness build(Path vault, Path out) {
        return build(vault, out, false);
    }

    public static SiteHarness build(Path vault, Path out, boolean strict) {
        BuildReport report = SiteBuild.standard(Optional.empty())
                .build(new BuildOptions(vault, out, Optional.empty(), strict, true));
        return new SiteHarness(out, report);
    }

    /** A build whose browser index keeps only {@code headSize} postings per term in its shard, the rest in blocks of {@code blockPostings}. */
    public static SiteHarness buildWithSearchLayout(Path vault, Path out, int headSize, int blockPostings) {
        BuildReport report = new SiteBuild(new org.studysite.markdown.MarkdownDialect(),
                new org.studysite.render.Templates(Optional.empty()), new org.studysite.search.SearchIndexer(headSize, blockPostings))
                .build(new BuildOptions(vault, out, Optional.empty(), false, true));
        return new SiteHarness(out, report);
    }

    /** A copy of {@code from} at {@code to}, for tests that edit a vault (the live preview's). */
    public static Path copyVault(Path from, Path to) {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes txtar-style files ("-- path --" lines followed by content) into {@code dir}. */
    public static Path writeVault(Path dir, String txtar) {
        try {
            Path file = null;
            StringBuilder text = new StringBuilder();
            for (String line : (txtar + "\n-- END --").split("\n", -1)) {
                if (line.startsWith("-- ") && line.endsWith(" --")) {
                    if (file != null) {
                        Files.createDirectories(file.getParent());
                        Files.writeString(file, text.toString());
                    }
                    file = dir.resolve(line.substring(3, line.length() - 3));
                    text.setLength(0);
                } else {
                    text.append(line).append('\n');
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildReport report() {
        return report;
    }

    public Path out() {
        return out;
    }

    public Document page(String sitePath) {
        try {
            return Jsoup.parse(out.resolve(sitePath).toFile(), StandardCharsets.UTF_8.name(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page as a browser shows it: with its packed list (a part of a split list), if any, filled in. */
    public Document pageWithList(String sitePath) {
        return PackedList.fill(page(sitePath), out.resolve(sitePath));
    }

    public List<String> htmlPages() {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
