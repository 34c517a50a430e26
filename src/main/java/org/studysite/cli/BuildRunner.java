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

/** Runs a build for a command and prints its diagnostics and summary; returns the exit code. */
final class BuildRunner {
    /**
     * The stages in the order the pipeline runs them. {@link BuildReport#stageSeconds()} is a
     * {@code Map.copyOf}, which does not keep the timer's order, so timings are printed in this order
     * (then any other stage, by name).
     */
    static final List<String> PIPELINE = List.of("load", "parse", "resolve", "search", "plan", "render", "write");

    private BuildRunner() {
    }

    /**
     * Builds (or with {@code write == false} checks) the vault. Unless {@code --quiet}, the build shows
     * the display {@code progress} makes (a bar on a terminal); it is cleared before anything is printed.
     */
    static int run(VaultOptions vault, Path out, boolean write, Supplier<BuildProgress> progress,
                   PrintWriter stdout, PrintWriter stderr) {
        Optional<Path> templates = Optional.of(vault.templates).filter(Files::isDirectory);
        BuildOptions options = new BuildOptions(vault.notes, out, templates, vault.strict, write);
        BuildProgress shown = vault.quiet ? BuildProgress.NONE : progress.get();
        BuildReport report;
        try {
            // SiteBuild does not report its stages yet (build(options, progress) is on its way): until
            // then a long build shows one "build" stage with its elapsed seconds.
            shown.stage("build", 0);
            report = SiteBuild.standard(templates).build(options);
        } finally {
            shown.finished();
        }
        DiagnosticFormatter formatter = new DiagnosticFormatter(vault.notes);
        report.diagnostics().forEach(d -> stderr.println(formatter.format(d)));
        stderr.flush();
        if (!vault.quiet || report.failed()) {
            String outcome = report.written() ? "built " + out : write ? "nothing written" : "checked";
            (report.failed() ? stderr : stdout).println("studysite: " + report.summary() + " (" + outcome + ")");
        }
        stderr.flush();
        if (vault.timings) timings(report.stageSeconds(), report.seconds()).forEach(stdout::println);
        stdout.flush();
        return report.exitCode();
    }

    /** One line per stage that ran, in pipeline order ({@code "  parse      1.23 s"}), then the total. */
    static List<String> timings(Map<String, Double> stageSeconds, double totalSeconds) {
        List<String> stages = new ArrayList<>(PIPELINE.stream().filter(stageSeconds::containsKey).toList());
        stageSeconds.keySet().stream().filter(s -> !PIPELINE.contains(s)).sorted().forEach(stages::add);
        List<String> lines = new ArrayList<>();
        stages.forEach(s -> lines.add(timing(s, stageSeconds.get(s))));
        lines.add(timing("total", totalSeconds));
        return lines;
    }

    private static String timing(String stage, double seconds) {
        return String.format(Locale.ROOT, "  %-8s %8.2f s", stage, seconds);
    }
}
