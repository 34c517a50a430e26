package org.studysite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads a vault shares. */
final class VaultOptions {
    @Option(names = "--notes", paramLabel = "DIR", defaultValue = "notes",
            description = "The vault: a folder of Markdown notes (default: ${DEFAULT-VALUE}).")
    Path notes;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates overriding the built-in ones, if the folder exists (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--strict", description = "Treat warnings as errors: exit non-zero if there are any.")
    boolean strict;

    @Option(names = "--quiet", description = "Print only warnings and errors: no summary line, no progress bar.")
    boolean quiet;

    @Option(names = "--timings", description = "After the build, print the seconds of each stage and the total (to stdout, also with --quiet).")
    boolean timings;
}
