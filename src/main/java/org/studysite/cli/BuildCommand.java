package org.studysite.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code studysite build}: the vault becomes a site, swapped in only if the build succeeds. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the notes folder into the output folder.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built (warnings, if any, printed to stderr)",
                "1:errors, warnings with --strict, or a failure (told in one line; --debug adds the stack trace);"
                        + " the previous site is left as it was", "2:bad usage"})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-output",
            description = "Where the site goes (default: ${DEFAULT-VALUE}). Must not be, contain or be inside the notes folder.")
    Path out;

    @ParentCommand
    StudysiteCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return BuildRunner.run(vault, out, true, top.progress, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
