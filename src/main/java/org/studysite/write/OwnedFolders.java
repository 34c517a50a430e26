package org.studysite.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.studysite.diagnostics.UserFacingException;

/**
 * The one rule for every delete in write/: a folder is deleted only if studysite made it, which it
 * says by holding the {@link OutputGuard#MARKER} file (written first into every staging folder, so
 * the site swapped in from it keeps it). A folder by the same name that studysite did not make is in
 * the way: the build stops and names it, and it is left as it is.
 */
final class OwnedFolders {
    private OwnedFolders() {
    }

    /** Whether {@code dir} is a real folder (not a link) holding the marker file. */
    static boolean isOurs(Path dir) {
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(dir.resolve(OutputGuard.MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Why {@code dir}, which studysite uses for {@code use}, is in the way, if something not ours is there. */
    static Optional<String> inTheWay(Path dir, String use) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS) || isOurs(dir)) return Optional.empty();
        return Optional.of(dir + " is in the way: studysite uses that name for " + use
                + ", but did not make it (no " + OutputGuard.MARKER + " file in it), so it will not delete it;"
                + " move or rename it, or choose another --out");
    }

    /** Deletes {@code dir} and everything in it if it is ours; nothing if it is absent; refuses otherwise. */
    static void deleteOurs(Path dir, String use) throws IOException {
        Optional<String> refused = inTheWay(dir, use);
        if (refused.isPresent()) throw new UserFacingException(refused.get());
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        deleteTree(dir);
    }

    /** Deletes a tree without following links (a link inside is removed, not what it points to). */
    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) throw exc;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
