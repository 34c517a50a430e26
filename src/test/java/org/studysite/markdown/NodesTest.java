package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodesTest {
    private static final String NOTE = """
            # Title
            **Tags:** `#core`

            ## Section `#exam-tip`
            - **"Question?"** → answer with [a link](other.md#x)
              - nested *emphasis* and `code`
            - [[wiki|shown]]

            | A | B |
            |---|---|
            | **x** | y |

            > quote with ![img](a.png)

            ```python
            # comment
            ```
            """;

    private static List<Node> flexmarkOrder(Node root) {
        List<Node> nodes = new ArrayList<>();
        root.getDescendants().forEach(nodes::add);
        return nodes;
    }

    private static List<Node> ourOrder(Node root) {
        List<Node> nodes = new ArrayList<>();
        Nodes.descendants(root).forEach(nodes::add);
        return nodes;
    }

    @Test
    void visitsTheSameNodesInTheSameOrderAsFlexmark() {
        Document doc = new MarkdownDialect().parse(NOTE);
        List<Node> expected = flexmarkOrder(doc);
        assertTrue(expected.size() > 30, "a tree worth walking: " + expected.size());
        assertEquals(expected, ourOrder(doc));
    }

    @Test
    void staysUnderTheNodeItStartsFrom() {
        Document doc = new MarkdownDialect().parse(NOTE);
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            assertEquals(flexmarkOrder(block), ourOrder(block), block.getClass().getSimpleName());
        }
        Node leaf = doc.getFirstChild().getFirstChild();
        assertEquals(List.of(), ourOrder(leaf.getFirstChild() == null ? leaf : leaf.getFirstChild()).stream()
                .filter(n -> n.getParent() == null).toList());
    }
}
