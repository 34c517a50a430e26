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
 */
public final class SiteWriter {

    /**
     * @param files     generated files
     * @param vaultRoot where {@code vaultFiles} are copied from
     * @param vaultFiles vault-relative files to copy to {@code files/<path>}
     */
    public void write(List<OutputFile> files, Path vaultRoot, List<String> vaultFiles, Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path staging = parent.resolve("." + target.getFileName() + ".studysite-staging");
        Path trash = parent.resolve("." + target.getFileName() + ".studysite-old");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            deleteTree(trash);
            Files.createDirectories(staging);
            for (OutputFile file : files) {
                Path path = staging.resolve(file.path().value());
                Files.createDirectories(path.getParent());
                Files.write(path, file.bytes());
            }
            for (String vaultFile : vaultFiles) {
                Path path = staging.resolve("files").resolve(vaultFile);
                Files.createDirectories(path.getParent());
                Files.copy(vaultRoot.resolve(vaultFile), path, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(staging.resolve(OutputGuard.MARKER), "This folder is built by studysite and replaced on every build.\n");
            swap(staging, target, trash);
        } catch (IOException e) {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // The staging folder is ours; failing to clean it must not hide the real error.
            }
            throw new UncheckedIOException("cannot write the site to " + out + ": " + e.getMessage(), e);
        }
    }

    private static void swap(Path staging, Path target, Path trash) throws IOException {
        if (Files.exists(target)) Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(trash);
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
