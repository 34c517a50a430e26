package org.studysite.render;

import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.studysite.markdown.SourceLines;

/**
 * Cuts a parsed note down to the blocks on lines {@code from..to}, so a tagged region renders with
 * the note's own line numbers (ids and header lines are looked up by line). A container that only
 * partly overlaps (a list whose one item is tagged) keeps its structure and loses the other children.
 */
final class LineSlice {
    private LineSlice() {
    }

    /**
     * The source with every line outside {@code from..to} (1-based) emptied, line breaks kept: the
     * region parses on its own lines, so ids still match by line, and a note with many tagged
     * regions is not parsed whole once per region (at 1,000 notes that was most of the build).
     */
    static String blankOutside(String markdown, int from, int to) {
        StringBuilder out = new StringBuilder(markdown.length());
        int line = 1;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            int stop = end < 0 ? markdown.length() : end;
            if (from <= line && line <= to) out.append(markdown, start, stop);
            if (end < 0) break;
            out.append('\n');
            start = end + 1;
            line++;
        }
        return out.toString();
    }

    /** Keeps lines {@code from..to} of {@code document}; a region ending on a --- module break does not print it. */
    static void keepRegion(Document document, int from, int to) {
        keep(document, from, to);
        if (document.getLastChild() instanceof ThematicBreak rule) rule.unlink();
    }

    private static void keep(Node parent, int from, int to) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            int start = SourceLines.start(child);
            int end = SourceLines.end(child);
            boolean inside = from <= start && end <= to;
            if (end < from || start > to) {
                child.unlink();
            } else if (!inside && child.getFirstChild() instanceof Block) {
                keep(child, from, to);
            } else if (start < from) {
                child.unlink();
            }
            child = next;
        }
    }
}
