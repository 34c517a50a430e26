package org.studysite.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void refusesAnOutputThatCannotBeCreatedUnderAFile() throws Exception {
        Path vault = Files.createDirectories(tmp.resolve("notes"));
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertEquals("output folder " + file.resolve("a/site") + " cannot be created: " + file + " is a file, not a folder; choose another --out",
                guard.check(vault, file.resolve("a/site")).orElseThrow());
    }

    @Test
    void refusesAnOutputInAFolderItMayNotWrite() throws Exception {
        // Root may write in a read-only folder: this holds for other users (CI and this machine run tests as root).
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path vault = Files.createDirectories(tmp.resolve("notes"));
        Path readOnly = Files.createDirectories(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertEquals("output folder " + readOnly.resolve("site") + " cannot be created: no permission to write in " + readOnly
                    + "; choose another --out, or make that folder writable", guard.check(vault, readOnly.resolve("site")).orElseThrow());
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
