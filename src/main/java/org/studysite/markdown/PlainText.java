package org.studysite.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The text a reader sees in a node, without markup and without tag syntax: what heading ids,
 * excerpts and table cells are made of.
 */
public final class PlainText {
    private PlainText() {
    }

    /** Plain text of the node, tag code and Obsidian hashtags removed, white space collapsed. */
    public static String of(Node node) {
        StringBuilder out = new StringBuilder(Math.max(16, node.getTextLength()));
        append(node, out, true);
        return collapseWhitespace(out).trim();
    }

    /** Like {@link #of} but keeps code blocks' text, for search and excerpts of code-heavy parts. */
    public static String withCode(Node node) {
        StringBuilder out = new StringBuilder(Math.max(16, node.getTextLength()));
        append(node, out, false);
        return collapseWhitespace(out).trim();
    }

    /**
     * Every run of white space ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage return)
     * as one space: what {@code \s+} replaced by " " gives, in one pass without a regex (that replace
     * was 6% of a 10,000-note build: it runs for every block of every note).
     */
    static String collapseWhitespace(CharSequence text) {
        char[] out = new char[text.length()];
        int length = 0;
        boolean inSpace = false;
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) out[length++] = ' ';
                inSpace = true;
            } else {
                out[length++] = c;
                inSpace = false;
            }
        }
        return new String(out, 0, length);
    }

    /** White space as regex {@code \s} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void append(Node node, StringBuilder out, boolean skipCodeBlocks) {
        if (node instanceof Code code) {
            if (TagSyntax.ofCode(code).isEmpty()) out.append(code.getText());
            return;
        }
        if (node instanceof Text text) {
            out.append(withoutHashtags(text.getChars().toString()));
            return;
        }
        if (node instanceof WikiLink wiki && !wiki.hasChildren()) {
            out.append(wiki.getLink());
            return;
        }
        // An embed's words are the embedded note's, not this one's.
        if (node instanceof WikiImage) return;
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            if (!skipCodeBlocks) out.append(' ').append(node.getChildChars()).append(' ');
            return;
        }
        if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof Image) {
            if (node instanceof Image image) out.append(image.getText());
            return;
        }
        if (node instanceof TableSeparator) return;
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, out, skipCodeBlocks);
        }
        // Table cells are not blocks, but their texts are separate words.
        if (node instanceof Block || node instanceof TableCell) out.append(' ');
    }

    private static String withoutHashtags(String text) {
        var tags = TagSyntax.inText(text);
        if (tags.isEmpty()) return text;
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (var tag : tags) {
            out.append(text, at, tag.start());
            at = tag.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** The first {@code max} characters, cut at a word boundary, with an ellipsis when cut. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max);
        int end = cut > max / 2 ? cut : max;
        // Trailing white space and , ; : . - go before the ellipsis (a loop: the regex tried every start).
        while (end > 0 && (isSpace(text.charAt(end - 1)) || ",;:.-".indexOf(text.charAt(end - 1)) >= 0)) end--;
        return text.substring(0, end) + "…";
    }
}
