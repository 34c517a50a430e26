package org.studysite.parse;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.studysite.markdown.PlainText;
import org.studysite.model.Heading;
import org.studysite.model.LinkKind;
import org.studysite.model.RawLink;
import org.studysite.model.Section;

/**
 * Every link and image a note writes, as written, with its line and section: Markdown links,
 * wikilinks, images, and the {@code href}/{@code src} of raw HTML (which the renderer must rewrite
 * too, or it would leave dead links in the site).
 */
final class LinkCollector {

    List<RawLink> collect(Document document, List<Section> sections) {
        List<RawLink> links = new ArrayList<>();
        for (Node node : org.studysite.markdown.Nodes.descendants(document)) {
            if (!(node instanceof Link || node instanceof Image || node instanceof WikiLink || node instanceof WikiImage
                    || node instanceof HtmlInline || node instanceof HtmlBlock)) {
                continue;
            }
            int line = SourceLines.start(node);
            String section = TagScoper.headingAt(sections, line).map(Heading::id).orElse("");
            if (node instanceof Link link) {
                links.add(new RawLink(LinkKind.MARKDOWN, link.getUrl().toString(), PlainText.of(link), line, section));
            } else if (node instanceof Image image) {
                links.add(new RawLink(LinkKind.IMAGE, image.getUrl().toString(), image.getText().toString(), line, section));
            } else if (node instanceof WikiLink wiki) {
                String text = wiki.getText().isEmpty() ? wiki.getLink().toString() : wiki.getText().toString();
                links.add(new RawLink(LinkKind.WIKI, wiki.getLink().toString(), text, line, section));
            } else if (node instanceof WikiImage embed) {
                // Keyed apart from a wikilink to the same name: [[a.png]] and ![[a.png]] resolve differently.
                links.add(new RawLink(LinkKind.EMBED, "!" + embed.getLink(), embed.getText().toString(), line, section));
            } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                collectHtml(node.getChars().toString(), line, section, links);
            }
        }
        return links;
    }

    private static void collectHtml(String html, int line, String section, List<RawLink> links) {
        for (Element e : Jsoup.parseBodyFragment(html).select("a[href], img[src]")) {
            boolean image = e.tagName().equals("img");
            links.add(new RawLink(image ? LinkKind.IMAGE : LinkKind.MARKDOWN, e.attr(image ? "src" : "href"),
                    image ? e.attr("alt") : e.text(), line, section));
        }
    }
}
