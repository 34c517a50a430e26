package org.studysite.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.studysite.diagnostics.Diagnostic;

/**
 * Keeps pathological structure away from Flexmark, whose block renderer recurses once per nesting
 * level (a list 480 deep or a quote 950 deep overflows a 1 MB thread stack) and whose table
 * parser recurses once per column (1,000 columns overflow), and whose block parser re-checks every
 * open container on every line (a list 10,000 deep never finishes). It scans the source lines and
 * escapes, with a backslash, each container marker ({@code >}, {@code -}, {@code 1.}) that would
 * open a level past {@link #MAX_NESTING} and each table pipe past {@link #MAX_COLUMNS}: that line
 * is then kept as text, the note still builds, and the work stays proportional to its size.
 * Characters are only inserted inside a line, so line numbers do not change.
 *
 * <p>It reads lines as CommonMark does in outline only (the column a list item's content starts
 * at, lazy lines, fences), so it may count a level or two too many in odd layouts; the limits
 * are far beyond what real notes reach (lists three deep, tables of ten columns), so an
 * overestimate never touches a real note.
 */
final class StructureGuard {
    /** Block quotes and list items open at once, counted on one line. */
    static final int MAX_NESTING = 32;
    /** Cells in one table row. */
    static final int MAX_COLUMNS = 64;
    /**
     * Backtick runs, brackets, '<' and '&' in one paragraph, where code spans, links, images, HTML
     * tags and entities start: Flexmark's inline parser spends time that grows with the paragraph
     * on each, so one paragraph of 20,000 code spans took minutes. A long real paragraph has a few dozen.
     */
    static final int MAX_INLINE = 1000;

    /** The text to parse and the warnings for what was escaped (one per kind and note, at its first line). */
    record Guarded(String text, List<Diagnostic> diagnostics) {
    }

    private final String file;
    private final Deque<Integer> listItems = new ArrayDeque<>();
    private String fence = null;
    private boolean previousBlank = true;
    private int deepLine;
    private int deepLines;
    private int wideLine;
    private int wideLines;
    private int inlineInParagraph;
    /** In a table (from its separator row to a blank line): Flexmark parses each cell alone, so each row counts alone. */
    private boolean inTable;
    private int busyLine;
    private int busyLines;

    private StructureGuard(String file) {
        this.file = file;
    }

    static Guarded guard(String file, String text) {
        return new StructureGuard(file).run(text);
    }

    private Guarded run(String text) {
        StringBuilder out = null;
        int lineNumber = 0;
        int start = 0;
        while (start < text.length() || start == 0) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            lineNumber++;
            String line = text.substring(start, end < 0 ? text.length() : end);
            String kept = line(line, lineNumber);
            if (kept != line && out == null) out = new StringBuilder(text.length() + 64).append(text, 0, start);
            if (out != null) out.append(kept).append(text, start + line.length(), next);
            if (end < 0) break;
            start = next;
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (deepLines > 0) {
            diagnostics.add(Diagnostic.warning(file, deepLine, "block quotes and lists nested more than " + MAX_NESTING
                    + " levels deep (" + count(deepLines) + "); the deeper levels are kept as text"));
        }
        if (busyLines > 0) {
            diagnostics.add(Diagnostic.warning(file, busyLine, "more than " + MAX_INLINE + " backtick runs, brackets, '<' or '&'"
                    + " in one paragraph (" + count(busyLines) + "); the rest are kept as text"));
        }
        if (wideLines > 0) {
            diagnostics.add(Diagnostic.warning(file, wideLine, "table row with more than " + MAX_COLUMNS
                    + " columns (" + count(wideLines) + "); the cells past the " + MAX_COLUMNS + "th are kept as text"));
        }
        return new Guarded(out == null ? text : out.toString(), diagnostics);
    }

    private static String count(int lines) {
        return lines == 1 ? "1 line" : lines + " lines";
    }

    /** The line as Flexmark may see it: the same object when nothing was escaped. */
    private String line(String line, int lineNumber) {
        boolean blank = line.isBlank();
        if (fence != null) {
            if (closesFence(afterContainers(line))) fence = null;
            previousBlank = blank;
            return line;
        }
        if (blank) inTable = false;
        if (blank || inTable) inlineInParagraph = 0;
        if (!inTable && tableSeparator(line)) inTable = true;
        String kept = containers(line, lineNumber);
        kept = columns(kept, lineNumber);
        kept = inline(kept, lineNumber);
        previousBlank = blank;
        return kept;
    }

    /**
     * Walks the line's container markers ({@code >} and list markers, several may share a line),
     * escaping the first one that opens a level past the limit.
     */
    private String containers(String line, int lineNumber) {
        int pos = 0;
        int quotes = 0;
        boolean firstMarker = true;
        while (true) {
            while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) pos++;
            int column = column(line, pos);
            if (pos >= line.length()) return line;
            char c = line.charAt(pos);
            int markerEnd = c == '>' ? pos + 1 : listMarkerEnd(line, pos);
            if (markerEnd < 0) {
                if (firstMarker && previousBlank) closeListsBeyond(column);
                if (startsFence(line, pos)) fence = fenceOf(line, pos);
                return line;
            }
            if (c != '>' && firstMarker) {
                closeListsBeyond(column);
                firstMarker = false;
            }
            int depth = quotes + listItems.size() + 1;
            if (depth > MAX_NESTING) {
                noteDeep(lineNumber);
                int escapeAt = c == '>' || !Character.isDigit(c) ? pos : markerEnd - 1;
                return line.substring(0, escapeAt) + "\\" + line.substring(escapeAt);
            }
            if (c == '>') {
                quotes++;
            } else {
                listItems.push(column(line, markerEnd) + 1);
            }
            pos = markerEnd;
        }
    }

    /** A list item whose content starts right of {@code column} cannot hold a line starting at it. */
    private void closeListsBeyond(int column) {
        while (!listItems.isEmpty() && listItems.peek() > column) listItems.pop();
    }

    /** The end of a list marker at {@code pos} ("-", "+", "*", "1." or "1)", then a space or the line's end), or -1. */
    private static int listMarkerEnd(String line, int pos) {
        char c = line.charAt(pos);
        int end;
        if (c == '-' || c == '+' || c == '*') {
            if (thematicBreak(line, pos)) return -1;
            end = pos + 1;
        } else {
            int digits = pos;
            while (digits < line.length() && digits - pos < 9 && Character.isDigit(line.charAt(digits))) digits++;
            if (digits == pos || digits >= line.length() || (line.charAt(digits) != '.' && line.charAt(digits) != ')')) return -1;
            end = digits + 1;
        }
        if (end == line.length()) return end;
        char after = line.charAt(end);
        return after == ' ' || after == '\t' || after == '\r' ? end : -1;
    }

    /**
     * A table's separator row ({@code |---|:--:|}): only pipes, dashes, colons and white space after
     * any quote markers, with a pipe and a dash. A loop, not a regex: a regex repeating a group
     * recurses once per column, which is how Flexmark's own table parser overflowed.
     */
    private static boolean tableSeparator(String line) {
        boolean pipe = false;
        boolean dash = false;
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|') pipe = true;
            else if (c == '-') dash = true;
            else if (c != ':' && c != ' ' && c != '\t' && c != '\r') return false;
        }
        return pipe && dash;
    }

    /** "- - -", "***", "___": three or more of one character with only spaces between. */
    private static boolean thematicBreak(String line, int pos) {
        char c = line.charAt(pos);
        int count = 0;
        for (int i = pos; i < line.length(); i++) {
            char d = line.charAt(i);
            if (d == c) count++;
            else if (d != ' ' && d != '\t') return false;
        }
        return count >= 3;
    }

    /** Escapes the pipes of a row past the column limit ({@code |a|b|} has three pipes for two cells). */
    private String columns(String line, int lineNumber) {
        if (line.length() <= MAX_COLUMNS) return line;
        StringBuilder out = null;
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' && (i == 0 || line.charAt(i - 1) != '\\') && ++pipes > MAX_COLUMNS + 1) {
                if (out == null) out = new StringBuilder(line.length() * 2).append(line, 0, i);
                out.append('\\');
            }
            if (out != null) out.append(c);
        }
        if (out == null) return line;
        noteWide(lineNumber);
        return out.toString();
    }

    /** Escapes the inline markup of a paragraph past {@link #MAX_INLINE}: a backtick run counts once, as one code span's opener. */
    private String inline(String line, int lineNumber) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean mark = (c == '`' || c == '<' || c == '&' || c == '[') && (i == 0 || line.charAt(i - 1) != '\\');
            if (mark && (c != '`' || i == 0 || line.charAt(i - 1) != '`') && ++inlineInParagraph > MAX_INLINE && out == null) {
                out = new StringBuilder(line.length() * 2).append(line, 0, i);
                noteBusy(lineNumber);
            }
            if (out != null && mark) out.append('\\');
            if (out != null) out.append(c);
        }
        return out == null ? line : out.toString();
    }

    private void noteBusy(int lineNumber) {
        if (busyLines++ == 0) busyLine = lineNumber;
    }

    private void noteDeep(int lineNumber) {
        if (deepLines++ == 0) deepLine = lineNumber;
    }

    private void noteWide(int lineNumber) {
        if (wideLines++ == 0) wideLine = lineNumber;
    }

    /** The line without its leading quote markers and white space: where a closing fence would start. */
    private static String afterContainers(String line) {
        int pos = 0;
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t' || line.charAt(pos) == '>')) pos++;
        return line.substring(pos);
    }

    private static boolean startsFence(String line, int pos) {
        return line.startsWith("```", pos) || line.startsWith("~~~", pos);
    }

    /** The opening fence's run of backticks or tildes. */
    private static String fenceOf(String line, int pos) {
        int end = pos;
        while (end < line.length() && line.charAt(end) == line.charAt(pos)) end++;
        return line.substring(pos, end);
    }

    private boolean closesFence(String rest) {
        if (!rest.startsWith(fence)) return false;
        int end = 0;
        while (end < rest.length() && rest.charAt(end) == fence.charAt(0)) end++;
        return rest.substring(end).isBlank();
    }

    /** The column of {@code pos}, tabs stopping at multiples of four as CommonMark counts them. */
    private static int column(String line, int pos) {
        int column = 0;
        for (int i = 0; i < pos; i++) column = line.charAt(i) == '\t' ? column + 4 - column % 4 : column + 1;
        return column;
    }
}
