package org.studysite.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code studysite check}: every validation of a build, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the notes (front matter, links, anchors, images, templates) without writing a site.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings printed to stderr)", "1:errors, or warnings with --strict, or a failure (one line; --debug adds the stack trace)",
                "2:bad usage"})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @ParentCommand
    StudysiteCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return BuildRunner.run(vault, Path.of("site-output"), false, top.progress, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
