package org.studysite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code studysite}: the top command; its subcommands do the work. */
@Command(name = "studysite", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns a folder of Markdown study notes into a cross-linked static study site.",
        subcommands = {BuildCommand.class, CheckCommand.class, SearchCommand.class, CommandLine.HelpCommand.class})
public final class StudysiteCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new StudysiteCommand());
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            // A user error that slipped past the stages is still reported in one line, never as a stack trace.
            command.getErr().println("studysite: error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 2;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
