package org.studysite.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.studysite.build.BuildOptions;
import org.studysite.build.BuildProgress;
import org.studysite.build.BuildReport;
import org.studysite.build.SiteBuild;
import org.studysite.diagnostics.DiagnosticFormatter;
import org.studysite.diagnostics.TerminalText;

/** Runs a build for a command and prints its diagnostics and summary; returns the exit code. */
final class BuildRunner {
    private BuildRunner() {
    }

    /**
     * Builds (or with {@code write == false} checks) the vault. Unless {@code --quiet}, the build shows
     * the display {@code progress} makes (a bar on a terminal); it is cleared before anything is printed.
     */
    static int run(VaultOptions vault, Path out, boolean write, Supplier<BuildProgress> progress,
                   PrintWriter stdout, PrintWriter stderr) {
        Optional<Path> templates = vault.where.userTemplates();
        BuildOptions options = new BuildOptions(vault.where.notes, out, templates, vault.strict, write);
        BuildProgress shown = vault.quiet ? BuildProgress.NONE : progress.get();
        BuildReport report;
        try {
            report = SiteBuild.standard(templates).build(options, shown);
        } finally {
            shown.finished(); // SiteBuild finishes it too; done here as well in case the build never started
        }
        DiagnosticFormatter formatter = new DiagnosticFormatter(vault.where.notes);
        report.diagnostics().forEach(d -> stderr.println(formatter.format(d)));
        stderr.flush();
        if (!vault.quiet || report.failed()) {
            String outcome = report.written() ? "built " + out : write ? "nothing written" : "checked";
            (report.failed() ? stderr : stdout).println(TerminalText.visible("studysite: " + report.summary() + " (" + outcome + ")"));
        }
        stderr.flush();
        if (vault.timings) timings(report.stageSeconds(), report.seconds()).forEach(stdout::println);
        stdout.flush();
        return report.exitCode();
    }

    /** One line per stage, in the order they ran ({@code "  parse        1.23 s"}), then the total. */
    static List<String> timings(Map<String, Double> stageSeconds, double totalSeconds) {
        List<String> lines = new ArrayList<>();
        stageSeconds.forEach((stage, seconds) -> lines.add(timing(stage, seconds)));
        lines.add(timing("total", totalSeconds));
        return lines;
    }

    private static String timing(String stage, double seconds) {
        return String.format(Locale.ROOT, "  %-8s %8.2f s", stage, seconds);
    }
}
