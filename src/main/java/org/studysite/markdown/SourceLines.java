package org.studysite.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Arrays;

/**
 * 1-based source lines of AST nodes. Flexmark's own line lookup scans the text from the start on
 * every call, which made parsing quadratic in note length; this index of line starts is built once
 * per document (stored on the document, so no shared state) and searched in O(log lines).
 */
public final class SourceLines {
    private static final NullableDataKey<int[]> LINE_STARTS = new NullableDataKey<>("STUDYSITE_LINE_STARTS");

    private SourceLines() {
    }

    /** The line a node starts on. */
    public static int start(Node node) {
        return lineOf(node.getDocument(), node.getStartOffset());
    }

    /** The line a node ends on; a block's text ends with its newline, so its end is one char back. */
    public static int end(Node node) {
        return lineOf(node.getDocument(), Math.max(node.getStartOffset(), node.getEndOffset() - 1));
    }

    private static int lineOf(Document document, int offset) {
        int[] starts = LINE_STARTS.get(document);
        if (starts == null) {
            starts = lineStarts(document.getChars());
            LINE_STARTS.set(document, starts);
        }
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static int[] lineStarts(CharSequence text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
