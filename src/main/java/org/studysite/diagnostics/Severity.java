package org.studysite.diagnostics;

/** How bad a problem is: warnings let the build go on (and fail it only under --strict). */
public enum Severity {
    WARNING, ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
