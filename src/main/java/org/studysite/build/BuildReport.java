package org.studysite.build;

import java.util.List;
import java.util.Map;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.diagnostics.Severity;

/**
 * What a build did: counts, stage timings and every diagnostic, sorted. The exit-code policy
 * lives here: errors fail the build, warnings fail it only under --strict.
 */
public record BuildReport(int notes, int sections, int tags, int tables, List<Diagnostic> diagnostics,
                          Map<String, Double> stageSeconds, double seconds, boolean strict, boolean written) {
    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
        stageSeconds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageSeconds)); // pipeline order
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    public long errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public boolean failed() {
        return errors() > 0 || (strict && warnings() > 0);
    }

    public int exitCode() {
        return failed() ? 1 : 0;
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d notes, %d sections, %d tags, %d tables, %d warnings%s in %.2f s",
                notes, sections, tags, tables, warnings(), errors() > 0 ? ", " + errors() + " errors" : "", seconds);
    }
}
