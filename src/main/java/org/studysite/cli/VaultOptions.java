package org.studysite.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every command that reads a vault shares. */
final class VaultOptions {
    @Mixin
    NotesOptions where = new NotesOptions();

    @Option(names = "--strict", description = "Treat warnings as errors: exit non-zero if there are any.")
    boolean strict;

    @Option(names = "--quiet", description = "Print only warnings and errors: no summary line, no progress bar.")
    boolean quiet;

    @Option(names = "--timings", description = "After the build, print the seconds of each stage and the total (to stdout, also with --quiet).")
    boolean timings;
}
