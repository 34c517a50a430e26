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
