package org.studysite.render.flexmark;

import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.studysite.markdown.SourceLines;

/**
 * Which rendered blocks belong to which region, by the rule a region's printout has always followed
 * (LineSlice): a block inside the region's lines belongs to it whole; a container that only partly
 * overlaps it (a list with one tagged item) is {@link Mark#PART} and its children are decided one
 * by one; anything else is left out, and so is a --- break ending the region. Only the topmost
 * block of a region is marked, so a page can show a region by showing its marked blocks and the
 * marked children of its partial containers. One instance serves one rendering (it memoises by node).
 */
final class RegionMarker {
    enum Mark { NONE, IN, PART }

    private final List<RegionSpan> spans;
    private final Map<Node, Mark[]> memo = new IdentityHashMap<>();

    RegionMarker(List<RegionSpan> spans) {
        this.spans = List.copyOf(spans);
    }

    List<RegionSpan> spans() {
        return spans;
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    /** Per span (in the order given), how {@code node} belongs to it; NONE below a block marked IN. */
    Mark[] marks(Node node) {
        Mark[] known = memo.get(node);
        if (known != null) return known;
        Node parent = node.getParent();
        Mark[] parentMarks = parent == null || parent instanceof Document ? null : marks(parent);
        Mark[] marks = new Mark[spans.size()];
        for (int i = 0; i < marks.length; i++) {
            boolean decided = parent instanceof Document || parentMarks != null && parentMarks[i] == Mark.PART;
            marks[i] = decided ? relation(node, spans.get(i)) : Mark.NONE;
        }
        memo.put(node, marks);
        return marks;
    }

    boolean any(Node node, Mark mark) {
        if (spans.isEmpty()) return false;
        for (Mark m : marks(node)) {
            if (m == mark) return true;
        }
        return false;
    }

    private static Mark relation(Node node, RegionSpan span) {
        int start = SourceLines.start(node);
        int end = SourceLines.end(node);
        if (end < span.from() || start > span.to()) return Mark.NONE;
        if (span.from() <= start && end <= span.to()) return endingBreak(node, span) ? Mark.NONE : Mark.IN;
        if (node.getFirstChild() instanceof Block) return Mark.PART;
        // A block starting inside that runs past the end (code, a lazy paragraph) prints whole.
        return start < span.from() ? Mark.NONE : Mark.IN;
    }

    /** A module break (---) that is the region's last block belongs to the page, not the region. */
    private static boolean endingBreak(Node node, RegionSpan span) {
        if (!(node instanceof ThematicBreak) || !(node.getParent() instanceof Document)) return false;
        Node next = node.getNext();
        return next == null || SourceLines.start(next) > span.to();
    }
}
