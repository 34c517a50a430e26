package org.studysite.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.studysite.load.VaultLoader;

/**
 * Watches folders, sub-folders included, and hands out changes in batches: an editor saves by
 * writing a temporary file and renaming it over the note, and a "save all" touches many files, so
 * events are gathered until the folders have been quiet for {@link #QUIET_MS} and come as one batch,
 * one rebuild. New sub-folders are watched as they appear; links are not followed (the vault loader
 * does not follow them either).
 */
final class FolderWatcher implements AutoCloseable {
    /**
     * How long the folders must be quiet before a batch is handed out: short, since it adds to every
     * refresh. An editor writes its temporary file and renames it within a millisecond or two; were
     * they split, the temporary file alone is ignored (PreviewSession) and the rename is the save.
     */
    static final long QUIET_MS = 10;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    FolderWatcher(List<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) register(root.toAbsolutePath().normalize());
        }
    }

    /**
     * Waits for changes and returns the paths that changed (files and folders, absolute), once the
     * folders have been quiet; empty when the watcher was closed.
     */
    Set<Path> next() throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        try {
            WatchKey key = service.take();
            while (key != null) {
                collect(key, changed);
                key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
            }
        } catch (ClosedWatchServiceException e) {
            return Set.of();
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) continue;
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder); // events were lost: the folder as a whole changed
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                register(path);
            }
        }
        if (!key.reset()) folders.remove(key);
    }

    private void register(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !VaultLoader.isHidden(root.relativize(p))).toList()) {
                folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY), dir);
            }
        } catch (IOException e) {
            // A folder removed while being walked: its parent's events say so, and the rebuild reads what is there.
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
