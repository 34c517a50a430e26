package org.studysite.diagnostics;

/**
 * A failure the user can act on, whose message already says what happened and what to do
 * ({@code "output folder x cannot be created: y is a file; choose another --out"}). The command
 * line prints it as it is after {@code studysite: error: } and exits 1; it is not a bug report.
 */
public class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
