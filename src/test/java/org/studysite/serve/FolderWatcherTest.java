package org.studysite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves come as batches: an editor's write-then-rename is one, a new folder's files are seen, closing ends the wait. */
class FolderWatcherTest {
    @TempDir
    Path vault;

    @Test
    void anEditorsSaveIsOneBatchNamingTheNote() throws Exception {
        Path note = Files.writeString(vault.resolve("a.md"), "# A\n");
        try (FolderWatcher watcher = new FolderWatcher(List.of(vault))) {
            Path saved = Files.writeString(vault.resolve(".a.md.tmp"), "# A, edited\n");
            Files.move(saved, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

            Set<Path> batch = watcher.next();

            assertTrue(batch.contains(note.toAbsolutePath().normalize()), batch.toString());
        }
    }

    @Test
    void filesInANewFolderAreWatched() throws Exception {
        try (FolderWatcher watcher = new FolderWatcher(List.of(vault))) {
            Path folder = Files.createDirectory(vault.resolve("ops"));
            watcher.next();
            Path note = Files.writeString(folder.resolve("b.md"), "# B\n");

            Set<Path> batch = watcher.next();

            assertTrue(batch.contains(note.toAbsolutePath().normalize()), batch.toString());
        }
    }

    @Test
    void closingEndsAWaitWithAnEmptyBatch() throws Exception {
        FolderWatcher watcher = new FolderWatcher(List.of(vault));
        CompletableFuture<Set<Path>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return watcher.next();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        watcher.close();
        assertEquals(Set.of(), waiting.get(5, TimeUnit.SECONDS));
    }
}
