package org.studysite.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses output folders where writing could lose user data: the vault itself, a folder inside
 * it, a folder that contains it, or a non-empty folder studysite did not create (no marker file);
 * and, before a build spends its time, output folders that cannot be written: under a file, in a
 * folder without write permission, or with a folder of ours by name (staging, previous site) that
 * studysite did not make in the way.
 */
public final class OutputGuard {
    /** Written into every site we build; its presence says the folder is ours to replace. */
    public static final String MARKER = ".studysite-site";

    /** Why {@code out} may not be used, if it may not. */
    public Optional<String> check(Path vault, Path out) {
        Path v = real(vault);
        Path o = real(out);
        if (o.equals(v)) return Optional.of("output folder " + out + " is the notes folder");
        if (o.startsWith(v)) return Optional.of("output folder " + out + " is inside the notes folder " + vault);
        if (v.startsWith(o)) return Optional.of("output folder " + out + " contains the notes folder " + vault);
        if (Files.exists(out) && !Files.isDirectory(out)) return Optional.of("output " + out + " exists and is not a folder");
        if (Files.isDirectory(out) && !isEmpty(out) && !Files.isRegularFile(out.resolve(MARKER))) {
            return Optional.of("output folder " + out + " is not empty and was not made by studysite; "
                    + "choose another --out or empty it");
        }
        return unwritable(out).or(() -> OwnedFolders.inTheWay(SiteWriter.stagingFolder(out), SiteWriter.STAGING_USE))
                .or(() -> OwnedFolders.inTheWay(SiteWriter.trashFolder(out), SiteWriter.TRASH_USE));
    }

    /**
     * Why the site cannot be written beside {@code out}, if the folders that must hold it tell
     * already: the nearest existing one above it is a file, or may not be written (a read-only
     * folder or file system; root may write almost anywhere, and the writer reports what remains).
     */
    private static Optional<String> unwritable(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path existing = abs.getParent();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return Optional.empty();
        if (!Files.isDirectory(existing)) {
            return Optional.of("output folder " + out + " cannot be created: " + existing + " is a file, not a folder; choose another --out");
        }
        if (!Files.isWritable(existing)) {
            return Optional.of("output folder " + out + " cannot be created: no permission to write in " + existing
                    + "; choose another --out, or make that folder writable");
        }
        return Optional.empty();
    }

    /** The absolute, normalised path with symbolic links of its existing part resolved. */
    private static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
