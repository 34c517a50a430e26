package org.studysite.diagnostics;

import java.nio.file.Path;

/**
 * Formats diagnostics as {@code notes/a.md:12: warning: message}, with paths as the user gave the
 * vault. The line is safe to print: control characters in a file name or message show as escapes
 * ({@link TerminalText#visible}).
 */
public final class DiagnosticFormatter {
    private final Path vaultDir;

    public DiagnosticFormatter(Path vaultDir) {
        this.vaultDir = vaultDir;
    }

    public String format(Diagnostic d) {
        if (d.file().isEmpty()) return TerminalText.visible("studysite: " + d.severity().label() + ": " + d.message());
        String where = vaultDir.resolve(d.file()).toString();
        if (d.line() > 0) where += ":" + d.line();
        return TerminalText.visible(where + ": " + d.severity().label() + ": " + d.message());
    }
}
