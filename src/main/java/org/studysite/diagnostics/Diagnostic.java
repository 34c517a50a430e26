package org.studysite.diagnostics;

/**
 * A problem in the user's input, reported as {@code file:line: severity: message}. {@code file} is
 * the vault-relative path; line 0 means "the file as a whole".
 */
public record Diagnostic(Severity severity, String file, int line, String message)
        implements Comparable<Diagnostic> {

    public static Diagnostic warning(String file, int line, String message) {
        return new Diagnostic(Severity.WARNING, file, line, message);
    }

    public static Diagnostic error(String file, int line, String message) {
        return new Diagnostic(Severity.ERROR, file, line, message);
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = file.compareTo(o.file);
        if (c == 0) c = Integer.compare(line, o.line);
        if (c == 0) c = message.compareTo(o.message);
        return c;
    }
}
