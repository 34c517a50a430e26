package org.studysite.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import org.studysite.build.BuildProgress;
import org.studysite.diagnostics.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * {@code studysite}: the top command; its subcommands do the work. Exit codes: 0 success, 1 any
 * failure (told in one line, see {@link Failure}), 2 bad usage (picocli's parameter errors).
 */
@Command(name = "studysite", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns a folder of Markdown study notes into a cross-linked static study site.",
        subcommands = {BuildCommand.class, CheckCommand.class, SearchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class StudysiteCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Inherited: accepted before or after the subcommand (studysite --debug build, studysite build --debug).
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "If something fails, print the stack trace after the one-line error.")
    boolean debug;

    /** Makes the progress display of a build that is not --quiet: the terminal's bar, or none. */
    final Supplier<BuildProgress> progress;

    private StudysiteCommand(Supplier<BuildProgress> progress) {
        this.progress = progress;
    }

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                Failure.report(e, List.of(args), Failure.debug(args), new PrintWriter(System.err, true)));
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Throwable e) { // what picocli does not hand to the handler below: no stack trace leaks
            code = Failure.report(e, List.of(args), Failure.debug(args), new PrintWriter(System.err, true));
        }
        System.exit(code);
    }

    /** The configured command line, also used by tests; a build on a terminal shows a progress bar. */
    public static CommandLine commandLine() {
        return commandLine(TerminalProgress::onConsole);
    }

    /** The command line with the given progress display for builds (tests pass their own). */
    static CommandLine commandLine(Supplier<BuildProgress> progress) {
        CommandLine cli = new CommandLine(new StudysiteCommand(progress));
        // picocli hands Exceptions to the handler but lets Errors (OutOfMemoryError, StackOverflowError)
        // escape execute(); wrapped, they reach the handler too and are told in one line like the rest.
        cli.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (Error e) {
                throw new CommandLine.ExecutionException(last(parseResult).commandSpec().commandLine(), String.valueOf(e), e);
            }
        });
        // Bad usage, exit code 2, as picocli tells it; the message quotes the arguments, so it is printed safe.
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(TerminalText.visible(e.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) command.usage(err, command.getColorScheme());
            err.flush();
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        // Any failure that is not bad usage: one line saying what happened and what to do, exit code 1.
        cli.setExecutionExceptionHandler((e, command, parseResult) ->
                Failure.report(e, parseResult == null ? List.of() : parseResult.originalArgs(), debug(parseResult), command.getErr()));
        return cli;
    }

    /** Whether --debug was given on the top command or any subcommand. */
    private static boolean debug(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) return true;
        }
        return false;
    }

    private static ParseResult last(ParseResult parseResult) {
        ParseResult p = parseResult;
        while (p.subcommand() != null) p = p.subcommand();
        return p;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
