package org.studysite.diagnostics;

import java.util.List;

/** A stage's output together with the problems it found; the caller decides what they mean. */
public record Result<T>(T value, List<Diagnostic> diagnostics) {
    public Result {
        diagnostics = List.copyOf(diagnostics);
    }

    public static <T> Result<T> of(T value) {
        return new Result<>(value, List.of());
    }
}
