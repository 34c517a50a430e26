package org.studysite.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.studysite.markdown.SafeUrls;

/**
 * Whether a parsed note holds anything that must pass the sanitiser: raw HTML, an autolink to an
 * address we do not keep ({@code <javascript:…>}), or reference links, whose addresses flexmark
 * renders without asking us.
 */
final class RawMarkup {
    private RawMarkup() {
    }

    static boolean in(Document document) {
        for (Node node : org.studysite.markdown.Nodes.descendants(document)) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof HtmlInnerBlock || node instanceof HtmlInnerBlockComment
                    || node instanceof LinkRef || node instanceof ImageRef || node instanceof Reference) {
                return true;
            }
            if (node instanceof AutoLink link && !SafeUrls.safe(link.getUrl().toString(), false)) return true;
        }
        return false;
    }
}
