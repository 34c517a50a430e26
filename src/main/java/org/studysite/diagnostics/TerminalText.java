package org.studysite.diagnostics;

/**
 * Text made safe to print on a terminal. A note, a file name or an index can hold escape sequences
 * ({@code ESC[2J} clears the screen, {@code ESC]0;…BEL} retitles the window); printed raw, a
 * terminal obeys them. Every line studysite prints goes through {@link #visible}, which shows each
 * control character as an escape ({@code \x1b}) instead, so the reader sees it and the terminal
 * does not act on it.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * One line with every control character shown as {@code \xNN} (C0 controls including tab and
     * line ends, DEL, C1 controls) or {@code \\uNNNN} (bidirectional overrides, which reorder what
     * the terminal shows); other text is left as it is.
     */
    public static String visible(String text) {
        if (text == null) return "null";
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && shown == null) shown = new StringBuilder(text.length() + 8).append(text, 0, i);
            if (shown != null) {
                if (escape != null) shown.append(escape); else shown.append(c);
            }
        }
        return shown == null ? text : shown.toString();
    }

    /** Whether {@code c} is a control character a note's text may not keep: C0 other than tab and line feed, DEL, C1. */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f);
    }

    private static String escape(char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return String.format(java.util.Locale.ROOT, "\\x%02x", (int) c);
        if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
            return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
        }
        return null;
    }
}
