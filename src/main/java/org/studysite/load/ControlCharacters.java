package org.studysite.load;

import java.util.Locale;
import java.util.Optional;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.diagnostics.TerminalText;

/**
 * Replaces control characters in a note's text with U+FFFD, before any stage sees it: an escape
 * sequence in a note ({@code ESC[2J}, {@code ESC]0;…BEL}) would otherwise reach warnings, the
 * search results printed on a terminal and the pages' {@code <title>}. Tab and line feed stay
 * (carriage returns are already line feeds). One warning per note names the first character, its
 * line and how many there were.
 */
final class ControlCharacters {
    static final char REPLACEMENT = '\uFFFD';

    private ControlCharacters() {
    }

    /** The text with its control characters replaced, and the warning, if there were any. */
    record Cleaned(String text, Optional<Diagnostic> warning) {
    }

    static Cleaned clean(String rel, String text) {
        int first = firstControl(text);
        if (first < 0) return new Cleaned(text, Optional.empty());
        char[] chars = text.toCharArray();
        int count = 0;
        for (int i = first; i < chars.length; i++) {
            if (TerminalText.isControl(chars[i])) {
                chars[i] = REPLACEMENT;
                count++;
            }
        }
        int line = 1 + (int) text.substring(0, first).chars().filter(c -> c == '\n').count();
        String message = String.format(Locale.ROOT, "control character U+%04X replaced", (int) text.charAt(first))
                + (count > 1 ? " (" + count + " control characters in this note)" : "");
        return new Cleaned(new String(chars), Optional.of(Diagnostic.warning(rel, line, message)));
    }

    /** The first control character in a vault-relative path, if any: such a file is not read. */
    static Optional<Diagnostic> inName(String rel) {
        int first = firstControl(rel);
        if (first < 0) return Optional.empty();
        return Optional.of(Diagnostic.warning(rel, 0, String.format(Locale.ROOT,
                "file name has control character U+%04X; file skipped: rename it", (int) rel.charAt(first))));
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (TerminalText.isControl(text.charAt(i))) return i;
        }
        return -1;
    }
}
