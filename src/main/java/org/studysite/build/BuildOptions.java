package org.studysite.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build: the vault, the output folder, an optional templates folder overriding the packed
 * templates, whether warnings fail the build, and whether to write at all ({@code check}).
 */
public record BuildOptions(Path notesDir, Path outDir, Optional<Path> templatesDir, boolean strict, boolean write) {
}
