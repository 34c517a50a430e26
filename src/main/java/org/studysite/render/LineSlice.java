package org.studysite.render;

import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.studysite.markdown.SourceLines;

/**
 * Cuts a parsed note down to the blocks on lines {@code from..to} for as long as the slice is open,
 * then puts every block back: one parse of a note serves all of its regions, each rendered with
 * the note's own line numbers (ids and header lines are looked up by line). A container that only
 * partly overlaps (a list whose one item is tagged) keeps its structure and loses the other
 * children; a region ending on a --- module break does not print it. The same rule marks regions
 * on the note's page (flexmark/RegionMarker), so a region looks the same wherever it is shown.
 */
final class LineSlice implements AutoCloseable {
    /** A block taken out: where it was, so it can go back in the same place. */
    private record Removed(Node node, Node parent, Node next) {
    }

    private final List<Removed> removed = new ArrayList<>();

    private LineSlice() {
    }

    /** Keeps lines {@code from..to} of {@code document} until {@link #close}. */
    static LineSlice of(Document document, int from, int to) {
        LineSlice slice = new LineSlice();
        slice.keep(document, from, to);
        if (document.getLastChild() instanceof ThematicBreak rule) slice.remove(rule);
        return slice;
    }

    private void keep(Node parent, int from, int to) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            int start = SourceLines.start(child);
            int end = SourceLines.end(child);
            boolean inside = from <= start && end <= to;
            if (end < from || start > to) {
                remove(child);
            } else if (!inside && child.getFirstChild() instanceof Block) {
                keep(child, from, to);
            } else if (start < from) {
                remove(child);
            }
            child = next;
        }
    }

    private void remove(Node node) {
        removed.add(new Removed(node, node.getParent(), node.getNext()));
        node.unlink();
    }

    /** Puts the removed blocks back, last removed first, so each finds its old neighbour in place. */
    @Override
    public void close() {
        for (int i = removed.size() - 1; i >= 0; i--) {
            Removed r = removed.get(i);
            if (r.next() != null) {
                r.next().insertBefore(r.node());
            } else {
                r.parent().appendChild(r.node());
            }
        }
        removed.clear();
    }
}
