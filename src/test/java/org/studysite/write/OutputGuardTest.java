package org.studysite.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {
    @TempDir
    Path tmp;

    private final OutputGuard guard = new OutputGuard();

    @Test
    void refusesTheVaultItsInsideAndItsParents() throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("work/notes"));
        assertTrue(guard.check(vault, vault).orElseThrow().contains("is the notes folder"));
        assertTrue(guard.check(vault, vault.resolve("site")).orElseThrow().contains("inside the notes folder"));
        assertTrue(guard.check(vault, tmp.resolve("work")).orElseThrow().contains("contains the notes folder"));
        assertTrue(guard.check(vault, tmp.resolve("work/notes/../notes")).isPresent(), "normalised before comparing");
    }

    @Test
    void refusesANonEmptyFolderItDidNotMake() throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("notes"));
        Path other = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(other.resolve("holiday.jpg"), "x");
        assertTrue(guard.check(vault, other).orElseThrow().contains("not empty"));
        Path ours = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(ours.resolve(OutputGuard.MARKER), "");
        Files.writeString(ours.resolve("index.html"), "old");
        assertEquals(Optional.empty(), guard.check(vault, ours));
        assertEquals(Optional.empty(), guard.check(vault, tmp.resolve("new-site")));
        assertEquals(Optional.empty(), guard.check(vault, Files.createDirectories(tmp.resolve("empty"))));
    }

    @Test
    void refusesAFileAndSymlinkedVault() throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("notes"));
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertTrue(guard.check(vault, file).isPresent());
        Path link = Files.createSymbolicLink(tmp.resolve("link"), vault);
        assertTrue(guard.check(vault, link).orElseThrow().contains("is the notes folder"));
    }
}
