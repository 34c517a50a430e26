package org.studysite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.studysite.diagnostics.TerminalText;
import org.studysite.serve.PreviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code studysite serve}: a live preview for writing, refreshed in the browser on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the site from memory while you write: saving a note, an image or a template refreshes every open page it changed.",
                "Writes nothing: the vault and the output folder are left alone. Ctrl-C stops it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:could not start (told in one line; --debug adds the stack trace)", "2:bad usage"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    NotesOptions where = new NotesOptions();

    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Another address makes the site reachable from other machines.")
    String host;

    @Option(names = "--open", description = "Open the site in the default browser once it is ready.")
    boolean open;

    @Spec
    CommandSpec spec;

    /** A port out of range is bad usage (exit 2), caught as it is parsed. */
    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "Port to listen on (default: ${DEFAULT-VALUE}); 0 picks a free one.")
    void port(int n) {
        if (n < 0 || n > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535 (0 picks a free port), not " + n);
        }
        port = n;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path notes = where.notes;
        if (!Files.isDirectory(notes)) return refuse(err, "notes folder " + notes + " does not exist or is not a folder");
        PreviewSession session = PreviewSession.start(new PreviewSession.Settings(notes, where.userTemplates(), host, port), out, err);
        Runtime.getRuntime().addShutdownHook(new Thread(session::close, "studysite-stop"));
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            out.println(TerminalText.visible("studysite: listening on " + host + ": the site is reachable from other machines on the network"));
        }
        out.println(TerminalText.visible("Serving " + notes + " at " + session.address() + " (Ctrl-C to stop)"));
        out.flush();
        if (open) openBrowser(session.address().toString(), err);
        session.awaitStop();
        return 0;
    }

    /** A folder that is not there: one line, as build tells its own, and exit code 1. */
    private static int refuse(PrintWriter err, String message) {
        err.println(TerminalText.visible("studysite: error: " + message));
        err.flush();
        return 1;
    }

    /** Best effort: a machine without a desktop browser still serves; the address is printed above. */
    private static void openBrowser(String address, PrintWriter err) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String[] command = os.contains("mac") ? new String[] {"open", address}
                : os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", address}
                : new String[] {"xdg-open", address};
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            err.println(TerminalText.visible("studysite: could not open a browser (" + e.getMessage() + "); open " + address + " yourself"));
        }
    }
}
