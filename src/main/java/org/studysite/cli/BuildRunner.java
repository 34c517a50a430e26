package org.studysite.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.studysite.build.BuildOptions;
import org.studysite.build.BuildReport;
import org.studysite.build.SiteBuild;
import org.studysite.diagnostics.DiagnosticFormatter;

/** Runs a build for a command and prints its diagnostics and summary; returns the exit code. */
final class BuildRunner {
    private BuildRunner() {
    }

    static int run(VaultOptions vault, Path out, boolean write, PrintWriter stdout, PrintWriter stderr) {
        Optional<Path> templates = Optional.of(vault.templates).filter(Files::isDirectory);
        BuildReport report = SiteBuild.standard(templates)
                .build(new BuildOptions(vault.notes, out, templates, vault.strict, write));
        DiagnosticFormatter formatter = new DiagnosticFormatter(vault.notes);
        report.diagnostics().forEach(d -> stderr.println(formatter.format(d)));
        stderr.flush();
        if (!vault.quiet || report.failed()) {
            String outcome = report.written() ? "built " + out : write ? "nothing written" : "checked";
            (report.failed() ? stderr : stdout).println("studysite: " + report.summary() + " (" + outcome + ")");
        }
        stdout.flush();
        stderr.flush();
        return report.exitCode();
    }
}
