package org.studysite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the notes and the user's templates are: every command that builds the site reads these. */
final class NotesOptions {
    @Option(names = "--notes", paramLabel = "DIR", defaultValue = "notes",
            description = "The vault: a folder of Markdown notes (default: ${DEFAULT-VALUE}).")
    Path notes;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates overriding the built-in ones, if the folder exists (default: ${DEFAULT-VALUE}).")
    Path templates;

    /** The templates folder, if there is one: the default need not exist. */
    Optional<Path> userTemplates() {
        return Optional.of(templates).filter(Files::isDirectory);
    }
}
