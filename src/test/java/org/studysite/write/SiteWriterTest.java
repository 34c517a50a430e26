package org.studysite.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.diagnostics.UserFacingException;
import org.studysite.model.OutputFile;
import org.studysite.model.SitePath;

/** The writer deletes only folders it made (they hold the marker); anything else in the way stops it, untouched. */
class SiteWriterTest {
    @TempDir
    Path tmp;

    private final SiteWriter writer = new SiteWriter();
    private static List<OutputFile> page(String text) {
        return List.of(new OutputFile(new SitePath("index.html"), text.getBytes(StandardCharsets.UTF_8)));
    }

    private void write(Path site, String text) {
        writer.write(page(text), tmp, List.of(), site);
    }

    @Test
    void aFolderByTheStagingNameThatWeDidNotMakeIsNeverDeleted() throws IOException {
        Path site = tmp.resolve("site");
        Path staging = Files.createDirectories(tmp.resolve(".site.studysite-staging"));
        Files.writeString(staging.resolve("thesis.docx"), "precious");
        UserFacingException e = assertThrows(UserFacingException.class, () -> write(site, "new"));
        assertTrue(e.getMessage().startsWith(staging + " is in the way: studysite uses that name for the site it is building,"
                + " but did not make it"), e.getMessage());
        assertEquals("precious", Files.readString(staging.resolve("thesis.docx")));
        assertFalse(Files.exists(site));
        assertTrue(new OutputGuard().check(tmp.resolve("notes"), site).orElseThrow().startsWith(staging + " is in the way"),
                "the guard says so before the build");
    }

    @Test
    void aFolderByTheTrashNameThatWeDidNotMakeIsNeverDeleted() throws IOException {
        Path site = tmp.resolve("site");
        write(site, "old");
        Path trash = Files.createDirectories(tmp.resolve(".site.studysite-old"));
        Files.writeString(trash.resolve("notes.txt"), "precious");
        assertThrows(UserFacingException.class, () -> write(site, "new"));
        assertEquals("precious", Files.readString(trash.resolve("notes.txt")));
        assertEquals("old", Files.readString(site.resolve("index.html")), "the previous site stays");
        assertFalse(Files.exists(tmp.resolve(".site.studysite-staging")), "our own staging folder is cleaned up");
        assertTrue(new OutputGuard().check(tmp.resolve("notes"), site).orElseThrow().startsWith(trash + " is in the way"));
    }

    @Test
    void aStagingFolderLeftByAKilledBuildIsOursAndReplaced() throws IOException {
        Path site = tmp.resolve("site");
        SiteWriter.Staging killed = writer.stage(site); // never committed nor closed: as if killed
        killed.write(new OutputFile(new SitePath("half.html"), new byte[] {1}));
        Path staging = tmp.resolve(".site.studysite-staging");
        assertTrue(Files.isRegularFile(staging.resolve(OutputGuard.MARKER)), "the marker is written first");
        assertEquals(java.util.Optional.empty(), new OutputGuard().check(tmp.resolve("notes"), site));
        write(site, "new");
        assertEquals("new", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("half.html")));
        assertFalse(Files.exists(staging));
        assertEquals(SiteWriter.MARK, Files.readString(site.resolve(OutputGuard.MARKER)));
    }

    @Test
    void aPreviousSiteOfOursAndAnEmptyFolderAreReplacedAndNothingIsLeftBeside() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        write(site, "first");
        write(site, "second");
        assertEquals("second", Files.readString(site.resolve("index.html")));
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of(site), siblings.toList());
        }
    }

    @Test
    void aFileThatAppearedInAnEmptyOutputBeforeTheSwapIsKept() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        try (SiteWriter.Staging staging = writer.stage(site)) {
            staging.write(page("new").get(0));
            Files.writeString(site.resolve("dropped-in.txt"), "precious");
            UserFacingException e = assertThrows(UserFacingException.class, staging::commit);
            assertTrue(e.getMessage().contains("is no longer empty"), e.getMessage());
        }
        assertEquals("precious", Files.readString(site.resolve("dropped-in.txt")));
        assertFalse(Files.exists(tmp.resolve(".site.studysite-staging")));
    }

    @Test
    void aWriteThatFailsNamesTheOutputFolderAndWhatToDo() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        UserFacingException e = assertThrows(UserFacingException.class, () -> writer.stage(file.resolve("site")));
        assertTrue(e.getMessage().startsWith("cannot write the site to " + file.resolve("site") + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("choose another --out"), e.getMessage());
    }
}
