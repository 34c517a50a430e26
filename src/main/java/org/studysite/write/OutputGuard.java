package org.studysite.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses output folders where writing could lose user data: the vault itself, a folder inside
 * it, a folder that contains it, or a non-empty folder studysite did not create (no marker file).
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
