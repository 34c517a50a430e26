package org.studysite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.model.SourceFile;

class VaultLoaderTest {
    @TempDir
    Path tmp;

    private Path vault() throws IOException {
        Path vault = Files.createDirectories(tmp.resolve("real-vault"));
        Files.createDirectories(vault.resolve("aws"));
        Files.writeString(vault.resolve("b.md"), "# B\r\nline\r\n");
        Files.writeString(vault.resolve("aws/a.md"), "\uFEFF# A\n");
        Files.write(vault.resolve("aws/bad.md"), new byte[] {'#', ' ', (byte) 0xC3, '\n'});
        Files.writeString(vault.resolve("aws/chart.png"), "png");
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.writeString(vault.resolve(".obsidian/hidden.md"), "# hidden");
        return vault;
    }

    @Test
    void readsNotesInPathOrderWithNormalisedTextAndReportsBadBytes() throws IOException {
        VaultFiles files = new VaultLoader().load(vault());
        assertEquals(List.of("aws/a.md", "aws/bad.md", "b.md"), files.sources().stream().map(SourceFile::path).toList());
        assertEquals("# A\n", files.sources().get(0).text(), "BOM dropped");
        assertEquals("# B\nline\n", files.sources().get(2).text(), "CRLF becomes LF");
        assertEquals(List.of("aws/chart.png"), files.otherFiles(), "hidden folders are not part of the vault");
        assertEquals(1, files.diagnostics().size());
        assertEquals("aws/bad.md", files.diagnostics().get(0).file());
    }

    @Test
    void aVaultFolderThatIsALinkIsReadWhereItPoints() throws IOException {
        Path real = vault();
        Path link = Files.createSymbolicLink(tmp.resolve("notes"), real);
        VaultFiles files = new VaultLoader().load(link);
        assertEquals(3, files.sources().size(), "notes behind a linked vault folder are found");
        assertEquals("aws/a.md", files.sources().get(0).path());
    }

    @Test
    void linksInsideTheVaultAreStillNotFollowed() throws IOException {
        Path real = vault();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "# Secret", StandardCharsets.UTF_8);
        Files.createSymbolicLink(real.resolve("elsewhere"), outside);
        assertTrue(new VaultLoader().load(real).sources().stream().noneMatch(s -> s.path().contains("secret")));
    }

    @Test
    void controlCharactersAreReplacedWithOneWarningPerNote() throws IOException {
        Path vault = Files.createDirectories(tmp.resolve("v"));
        Files.writeString(vault.resolve("a.md"), "# A\tB\n\nclear \u001b[2J and \u001b]0;title\u0007, C1 \u0085 DEL \u007f\r\nend\n");
        Files.writeString(vault.resolve("b.md"), "# B\n");
        VaultFiles files = new VaultLoader().load(vault);
        assertEquals("# A\tB\n\nclear \uFFFD[2J and \uFFFD]0;title\uFFFD, C1 \uFFFD DEL \uFFFD\nend\n", files.sources().get(0).text(),
                "tab and line ends stay");
        assertEquals(List.of(Diagnostic.warning("a.md", 3, "control character U+001B replaced (5 control characters in this note)")),
                files.diagnostics());
        assertEquals("clear \uFFFD[2J", new VaultLoader().readNote(vault.resolve("a.md"), "a.md").orElseThrow().text().lines().skip(2)
                .findFirst().orElseThrow().substring(0, 10), "the live preview reads notes the same way");
    }

    @Test
    void aFileWithAControlCharacterInItsNameIsSkipped() throws IOException {
        Path vault = Files.createDirectories(tmp.resolve("v"));
        Files.createDirectories(vault.resolve("dir\u001b[2J"));
        Files.writeString(vault.resolve("dir\u001b[2J/a.md"), "# A\n");
        Files.writeString(vault.resolve("b\u0007.png"), "png");
        Files.writeString(vault.resolve("c.md"), "# C\n");
        VaultFiles files = new VaultLoader().load(vault);
        assertEquals(List.of("c.md"), files.sources().stream().map(SourceFile::path).toList());
        assertEquals(List.of(), files.otherFiles());
        assertEquals(List.of(Diagnostic.warning("b\u0007.png", 0, "file name has control character U+0007; file skipped: rename it"),
                Diagnostic.warning("dir\u001b[2J/a.md", 0, "file name has control character U+001B; file skipped: rename it")),
                files.diagnostics().stream().sorted().toList());
        assertTrue(new VaultLoader().readNote(vault.resolve("dir\u001b[2J/a.md"), "dir\u001b[2J/a.md").isEmpty());
    }
}
