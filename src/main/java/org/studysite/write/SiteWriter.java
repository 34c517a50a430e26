package org.studysite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.studysite.model.OutputFile;

/**
 * The only class that writes. Everything goes to a staging folder beside the output, which is
 * swapped in only once complete: a build that fails half-way leaves the previous site as it was.
 * Only the output folder and its own staging and trash siblings are ever created or deleted.
 * Pages are written as they are rendered ({@link Staging#write}), so a build never holds the whole site.
 */
public final class SiteWriter {
    /** What the output folder's marker file ({@link OutputGuard#MARKER}) says. */
    public static final String MARK = "This folder is built by studysite and replaced on every build.\n";

    /** Starts a new staging folder for {@code out}; close it without {@link Staging#commit} to throw it away. */
    public Staging stage(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Staging staging = new Staging(target, parent.resolve("." + target.getFileName() + ".studysite-staging"),
                parent.resolve("." + target.getFileName() + ".studysite-old"));
        try {
            Files.createDirectories(parent);
            deleteTree(staging.root);
            deleteTree(staging.trash);
            Files.createDirectories(staging.root);
        } catch (IOException e) {
            throw failure(out, e);
        }
        return staging;
    }

    /**
     * Writes a whole site at once.
     *
     * @param files      generated files
     * @param vaultRoot  where {@code vaultFiles} are copied from
     * @param vaultFiles vault-relative files to copy to {@code files/<path>}
     */
    public void write(List<OutputFile> files, Path vaultRoot, List<String> vaultFiles, Path out) {
        try (Staging staging = stage(out)) {
            files.forEach(staging::write);
            staging.copy(vaultRoot, vaultFiles);
            staging.commit();
        }
    }

    /** A site being written: files go into a staging folder until {@link #commit} swaps it in. */
    public static final class Staging implements AutoCloseable {
        private final Path target;
        private final Path root;
        private final Path trash;
        private volatile boolean committed;

        private Staging(Path target, Path root, Path trash) {
            this.target = target;
            this.root = root;
            this.trash = trash;
        }

        /** Writes one file; safe to call from parallel workers. */
        public void write(OutputFile file) {
            Path path = root.resolve(file.path().value());
            try {
                Files.createDirectories(path.getParent());
                Files.write(path, file.bytes());
            } catch (IOException e) {
                throw failure(target, e);
            }
        }

        /**
         * A folder of the staged site, created, for a library that writes its own files (Lucene's
         * index): they land in place instead of passing through memory.
         */
        public Path folder(String sitePath) {
            Path path = root.resolve(new org.studysite.model.SitePath(sitePath).value());
            try {
                return Files.createDirectories(path);
            } catch (IOException e) {
                throw failure(target, e);
            }
        }

        /** Copies vault files (images, attachments) to {@code files/<vault path>}. */
        public void copy(Path vaultRoot, List<String> vaultFiles) {
            try {
                for (String vaultFile : vaultFiles) {
                    Path path = root.resolve("files").resolve(vaultFile);
                    Files.createDirectories(path.getParent());
                    Files.copy(vaultRoot.resolve(vaultFile), path, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw failure(target, e);
            }
        }

        /** Marks the folder as ours and swaps it in for the previous site. */
        public void commit() {
            try {
                Files.writeString(root.resolve(OutputGuard.MARKER), MARK);
                if (Files.exists(target)) Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
                Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
                committed = true;
                deleteTree(trash);
            } catch (IOException e) {
                throw failure(target, e);
            }
        }

        /** Throws the staging folder away unless it was committed: the previous site stays as it was. */
        @Override
        public void close() {
            if (committed) return;
            try {
                deleteTree(root);
            } catch (IOException ignored) {
                // The staging folder is ours; failing to clean it must not hide the real error.
            }
        }
    }

    private static UncheckedIOException failure(Path out, IOException e) {
        return new UncheckedIOException("cannot write the site to " + out + ": " + e.getMessage(), e);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
