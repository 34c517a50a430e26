package org.studysite.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Walks a Flexmark tree. {@link #descendants(Node)} visits the same nodes in the same (pre-)order
 * as {@code Node.getDescendants()}, by following child, sibling and parent links: Flexmark's own
 * iterator keeps a stack of child iterators and was 40% of the parse stage's time, spent by six
 * extractors that each walk every note.
 */
public final class Nodes {
    private Nodes() {
    }

    /** Every node under {@code root} (not {@code root} itself), parents before their children. */
    public static Iterable<Node> descendants(Node root) {
        return () -> new Iterator<>() {
            private Node next = root.getFirstChild();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Node next() {
                Node current = next;
                if (current == null) throw new NoSuchElementException();
                next = following(root, current);
                return current;
            }
        };
    }

    /** The node after {@code node} in pre-order, staying under {@code root}; null at the end. */
    private static Node following(Node root, Node node) {
        if (node.getFirstChild() != null) return node.getFirstChild();
        for (Node n = node; n != root && n != null; n = n.getParent()) {
            if (n.getNext() != null) return n.getNext();
        }
        return null;
    }

    /**
     * The first node (in pre-order) more than {@code limit} levels below {@code root}, or null. Found
     * without recursion, so it is safe on the trees it exists to refuse.
     */
    public static Node deeperThan(Node root, int limit) {
        Node node = root.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > limit) return node;
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == root ? null : node.getNext();
        }
        return null;
    }
}
