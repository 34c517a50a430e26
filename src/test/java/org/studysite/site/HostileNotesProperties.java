package org.studysite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterTry;
import org.studysite.testing.LinkChecker;
import org.studysite.testing.SafeHtml;
import org.studysite.testing.SiteHarness;

/**
 * Generated vaults, made of the constructs of NOTES-FORMAT.md (headings with tags and emoji,
 * tagged paragraphs and bold labels, wikilinks and relative links with headings, images, tables,
 * code with # comments, drills, front matter) and hostile ones (deep nesting, wide tables, odd
 * file names, control characters, raw HTML, embeds, broken front matter): the build never throws,
 * never hangs, writes no broken link and no unsafe HTML, and writes the same bytes twice. jqwik
 * shrinks a failure to the smallest vault that shows it. A few dozen tries run with the tests
 * (under a minute); {@code mvn verify -Pproperties} runs many more.
 */
class HostileNotesProperties {
    private static final Duration HANG = Duration.ofSeconds(120);
    private final List<Path> temporary = new ArrayList<>();

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void anyVaultBuildsIntoASoundSite(@ForAll("vaults") Map<String, String> vault) throws IOException {
        Path dir = write(vault);
        SiteHarness first = assertTimeoutPreemptively(HANG, () -> SiteHarness.build(dir, dir.resolveSibling(dir.getFileName() + "-out1")));
        assertEquals(List.of(), LinkChecker.brokenLinks(first), "broken links");
        assertEquals(List.of(), SafeHtml.problems(first), "unsafe HTML");
        SiteHarness second = SiteHarness.build(dir, dir.resolveSibling(dir.getFileName() + "-out2"));
        assertEquals(files(first.out()), files(second.out()), "the same vault built twice gives other bytes");
    }

    @AfterTry
    void removeVaults() throws IOException {
        for (Path p : temporary) deleteTree(p);
        temporary.clear();
    }

    @Provide
    Arbitrary<Map<String, String>> vaults() {
        Arbitrary<String> name = Arbitraries.of("a", "b", "A", "C#", "why?", "a%20b", "my note", "été", "e\u0301te\u0301",
                "index", "tags", "sub/c", "sub/deeper/d", "Über Notes", "x&y", "100%");
        Arbitrary<String> body = blocks().list().ofMinSize(1).ofMaxSize(12).map(b -> String.join("\n\n", b) + "\n");
        return Combinators.combine(name.list().ofMinSize(1).ofMaxSize(4).uniqueElements(), body.list().ofSize(4))
                .as((names, bodies) -> {
                    Map<String, String> notes = new TreeMap<>();
                    for (int i = 0; i < names.size(); i++) notes.put(names.get(i) + ".md", bodies.get(i));
                    return notes;
                });
    }

    private Arbitrary<String> blocks() {
        Arbitrary<String> word = Arbitraries.of("SageMaker", "endpoint", "Batch Transform", "exam", "Model Monitor", "drift",
                "🔑 Exam Tips", "0.1 Stack", "Q&A / notes", "(AMT)", "café", "Index", "tags", "C#", "why?");
        Arbitrary<String> tag = Arbitraries.of("exam-tip", "important", "core", "gotcha", "index", "tags", "a/b", "x_y", "Index");
        Arbitrary<String> target = Arbitraries.of("a", "b", "A", "C#", "why?", "my note", "été", "index", "sub/c", "missing", "a#Exam",
                "b#🔑 Exam Tips", "C#.md", "sub/c#Index");
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 300);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(1, 6), word, tag).as((level, w, t) -> "#".repeat(level) + " " + w + " `#" + t + "`"),
                Combinators.combine(word, tag).as((w, t) -> "**" + w + ":** `#" + t + "` and #" + t + " here"),
                Combinators.combine(word, target).as((w, t) -> "See [[" + t + "]] and [[" + t + "|" + w + "]]."),
                target.map(t -> "Link [x](" + t.replace("#", ".md#") + ") and [y](<" + t + ".md>) and [z](" + t.replace('/', '\\') + ".md)"),
                Arbitraries.of("![[pic.png]]", "![[a#Exam]]", "![[a]]", "![alt](pic.png)", "![gone](missing.png)", "![[b]]"),
                Combinators.combine(word, word).as((q, a) -> "- **\"" + q + "?\"** → " + a + "\n- " + q + " -> `" + a + "`"),
                Arbitraries.integers().between(1, 80).map(HostileNotesProperties::table),
                Arbitraries.of("```python\n# a comment, not a heading\nx = 1  # `#exam-tip`\n```", "```\n#notatag\n```"),
                depth.map(d -> ">".repeat(d) + " deep quote"),
                depth.map(HostileNotesProperties::nestedList),
                depth.map(d -> "- ".repeat(d) + "x"),
                Arbitraries.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
                        "<iframe src=//example.org></iframe>", "<div onclick=alert(1)>raw</div>", "<svg onload=alert(1)>"),
                Arbitraries.of("\u001b[2J cleared", "\u001b]0;title\u0007 retitled", "nul \u0000 here", "bell \u0007", "del \u007f", "c1 \u009b"),
                Arbitraries.of("---\ntitle: A title\ntags: [core, exam-tip]\n---", "---\ntitle: [unclosed\n---", "---\n: :\n---",
                        "---\ntitle: \"\u001b[31mred\"\n---"),
                Arbitraries.of("---", "***", "text with trailing spaces   ", "\t\ttabbed", "**Tags:** `#core` `#important`"),
                Combinators.combine(word, tag).as((w, t) -> "- **`" + w + "`** `#" + t + "`\n  - nested under it\n- **" + w + "** - text `#" + t + "`"),
                word.map(w -> w + "\n===\n\n" + w + "\n---\n\n## " + w + "\n\n## " + w),
                Arbitraries.of("[q](a.md?x=1)", "[abs](/a.md)", "[up](../outside.md)", "![up](../outside.png)", "<!-- a comment -->",
                        "[anchor](#exam)", "[[]]", "[[#]]", "[[a|]]", "[[|x]]", "\uFEFFbom", "line\r\nwith crlf\r\n", "x".repeat(3000)),
                word.list().ofMinSize(1).ofMaxSize(30).map(ws -> String.join(" ", ws) + "."));
    }

    private static String table(int columns) {
        StringBuilder t = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            t.append('|');
            for (int c = 0; c < columns; c++) t.append(row == 1 ? "---" : "c" + c).append('|');
            t.append('\n');
        }
        return t.toString().strip();
    }

    private static String nestedList(int depth) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < depth; i++) list.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        return list.toString().strip();
    }

    private Path write(Map<String, String> vault) throws IOException {
        Path dir = Files.createTempDirectory("hostile-vault");
        temporary.add(dir);
        temporary.add(dir.resolveSibling(dir.getFileName() + "-out1"));
        temporary.add(dir.resolveSibling(dir.getFileName() + "-out2"));
        for (Map.Entry<String, String> note : vault.entrySet()) {
            Path file = dir.resolve(note.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, note.getValue());
        }
        Files.write(dir.resolve("pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return dir;
    }

    /** Every file's bytes but Lucene's, whose segment ids are random. */
    private static Map<String, String> files(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString();
                if (rel.startsWith("search/lucene")) continue;
                files.put(rel, Arrays.toString(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
