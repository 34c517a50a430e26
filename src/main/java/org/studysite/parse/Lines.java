package org.studysite.parse;

import com.vladsch.flexmark.util.ast.Node;

/** 1-based source lines of AST nodes. A block's text ends with its newline, so its end is one char back. */
final class Lines {
    private Lines() {
    }

    static int start(Node node) {
        return node.getStartLineNumber() + 1;
    }

    static int end(Node node) {
        int endOffset = Math.max(node.getStartOffset(), node.getEndOffset() - 1);
        return node.getDocument().getLineNumber(endOffset) + 1;
    }
}
