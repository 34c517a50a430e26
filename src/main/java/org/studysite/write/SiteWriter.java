package org.studysite.write;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.studysite.diagnostics.UserFacingException;
import org.studysite.model.OutputFile;

/**
 * The only class that writes. Everything goes to a staging folder beside the output, which is
 * swapped in only once complete: a build that fails half-way leaves the previous site as it was.
 * Only the output folder and its own staging and trash siblings are ever created or deleted, and
 * only folders studysite made are deleted ({@link OwnedFolders}): the staging folder gets its
 * marker before anything else, so a leftover of a killed build is known as ours.
 * Pages are written as they are rendered ({@link Staging#write}), so a build never holds the whole site.
 */
public final class SiteWriter {
    /** What the output folder's marker file ({@link OutputGuard#MARKER}) says. */
    public static final String MARK = "This folder is built by studysite and replaced on every build.\n";
    static final String STAGING_USE = "the site it is building";
    static final String TRASH_USE = "the previous site while it swaps in the new one";

    /** Where the site for {@code out} is built before it is swapped in. */
    static Path stagingFolder(Path out) {
        Path target = out.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".studysite-staging");
    }

    /** Where the previous site goes while the new one is swapped in, deleted right after. */
    static Path trashFolder(Path out) {
        Path target = out.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".studysite-old");
    }

    /** Starts a new staging folder for {@code out}; close it without {@link Staging#commit} to throw it away. */
    public Staging stage(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Staging staging = new Staging(target, stagingFolder(out), trashFolder(out));
        try {
            Files.createDirectories(target.getParent());
            OwnedFolders.deleteOurs(staging.root, STAGING_USE); // a killed build's leftovers
            OwnedFolders.deleteOurs(staging.trash, TRASH_USE);
            Files.createDirectory(staging.root);
            Files.writeString(staging.root.resolve(OutputGuard.MARKER), MARK);
        } catch (IOException e) {
            throw WriteFailure.of(out, e);
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
                throw WriteFailure.of(target, e);
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
                throw WriteFailure.of(target, e);
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
                throw WriteFailure.of(target, e);
            }
        }

        /**
         * Swaps the staged site in for the previous one. A previous site of ours is moved aside and
         * then deleted; an empty folder (which the guard accepts) is removed, which the system
         * refuses if anything appeared in it since; anything else is in the way and left alone.
         */
        public void commit() {
            try {
                Files.writeString(root.resolve(OutputGuard.MARKER), MARK); // again, last: no output file stands in for it
                boolean link = Files.isSymbolicLink(target);
                boolean movedAside = link || OwnedFolders.isOurs(target);
                if (movedAside) {
                    Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
                } else if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(target);
                } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                swapIn(movedAside);
                committed = true;
                // A link given as --out was moved aside, not what it points to: only the link goes.
                if (link) Files.delete(trash); else OwnedFolders.deleteOurs(trash, TRASH_USE);
            } catch (DirectoryNotEmptyException e) {
                throw new UserFacingException("output folder " + target + " is no longer empty and was not made by studysite;"
                        + " it is left as it is: empty it, or choose another --out", e);
            } catch (IOException e) {
                throw WriteFailure.of(target, e);
            }
        }

        /** Moves the staged site to the output; if that fails, the previous site goes back where it was. */
        private void swapIn(boolean previousMovedAside) throws IOException {
            try {
                Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (previousMovedAside) {
                    try {
                        Files.move(trash, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException restoring) {
                        e.addSuppressed(restoring);
                    }
                }
                throw e;
            }
        }

        /** Throws the staging folder away unless it was committed: the previous site stays as it was. */
        @Override
        public void close() {
            if (committed || !OwnedFolders.isOurs(root)) return;
            try {
                OwnedFolders.deleteOurs(root, STAGING_USE);
            } catch (IOException | RuntimeException ignored) {
                // The staging folder is ours; failing to clean it must not hide the real error.
            }
        }
    }
}
