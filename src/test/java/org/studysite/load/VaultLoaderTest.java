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
}
