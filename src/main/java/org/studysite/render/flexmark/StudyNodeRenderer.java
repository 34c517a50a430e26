package org.studysite.render.flexmark;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Set;
import org.studysite.markdown.TagSyntax;
import org.studysite.model.LinkTarget;
import org.studysite.model.Tag;
import org.studysite.model.TopicPlace;

/**
 * Our rendering of the study-note dialect: tags become small links to their tag page (never
 * code), links and images point at the generated pages and copied files or, when missing, become
 * marked plain text; header blocks move to the page header; wide tables scroll in their own box;
 * a section whose topic appears in other notes gets an "Also in" line (on the note's page only).
 * Blocks without an element of their own (raw HTML, a tight list item's text) get one when they
 * carry region marks, so a page can show or hide them like any block.
 */
final class StudyNodeRenderer implements NodeRenderer {
    /** Attributes of elements we add ourselves; the id provider only acts on AttributablePart.NODE. */
    private static final AttributablePart OWN = AttributablePart.LINK;
    /** "Also in" shows this many other places, then "N more" to the topic's entry: a page never lists the whole vault. */
    static final int ALSO_IN_LINKS = 3;

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Code.class, this::code),
                new NodeRenderingHandler<>(Text.class, this::text),
                new NodeRenderingHandler<>(Link.class, this::link),
                new NodeRenderingHandler<>(WikiLink.class, this::wikiLink),
                new NodeRenderingHandler<>(WikiImage.class, this::embed),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(TableBlock.class, this::table),
                new NodeRenderingHandler<>(HtmlBlock.class, this::htmlBlock));
    }

    private void code(Code node, NodeRendererContext context, HtmlWriter html) {
        var tag = TagSyntax.ofCode(node);
        if (tag.isPresent()) {
            tagLink(tag.get(), context, html);
        } else {
            context.delegateRender();
        }
    }

    private void text(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = node.getChars().toString();
        var hashtags = TagSyntax.inText(text);
        if (hashtags.isEmpty() || insideLink(node)) {
            context.delegateRender();
            return;
        }
        int at = 0;
        for (var hashtag : hashtags) {
            html.text(text.substring(at, hashtag.start()));
            tagLink(hashtag.tag(), context, html);
            at = hashtag.end();
        }
        html.text(text.substring(at));
    }

    private static boolean insideLink(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Link || n instanceof WikiLink || n instanceof WikiImage || n instanceof Code) return true;
        }
        return false;
    }

    private static void tagLink(Tag tag, NodeRendererContext context, HtmlWriter html) {
        NoteContext note = NoteContext.of(context.getDocument());
        if (!note.placesTag(tag)) {
            html.attr("class", "tag").withAttr(OWN).tag("span").text("#" + tag.name()).tag("/span");
            return;
        }
        String href = note.tagHref(tag);
        html.attr("class", "tag").attr("href", href).withAttr(OWN).tag("a").text("#" + tag.name()).tag("/a");
    }

    private void link(Link node, NodeRendererContext context, HtmlWriter html) {
        NoteContext note = NoteContext.of(context.getDocument());
        LinkTarget target = note.target(node.getUrl().toString());
        openLink(target, note, node.getTitle().toString(), html);
        context.renderChildren(node);
        closeLink(target, html);
    }

    private void wikiLink(WikiLink node, NodeRendererContext context, HtmlWriter html) {
        NoteContext note = NoteContext.of(context.getDocument());
        LinkTarget target = note.target(node.getLink().toString());
        openLink(target, note, "", html);
        if (node.getText().isEmpty()) {
            html.text(node.getLink().toString().replace("#", " › ").strip().replaceFirst("^› ", ""));
        } else {
            html.text(node.getText().toString());
        }
        closeLink(target, html);
    }

    private static void openLink(LinkTarget target, NoteContext note, String title, HtmlWriter html) {
        if (target instanceof LinkTarget.MissingTarget missing) {
            html.attr("class", "missing-link").attr("title", capitalise(missing.reason())).withAttr(OWN).tag("span");
            return;
        }
        html.attr("href", note.href(target));
        if (!title.isEmpty()) html.attr("title", title);
        if (target instanceof LinkTarget.ExternalTarget) html.attr("class", "external").attr("rel", "noopener");
        html.withAttr(OWN).tag("a");
    }

    private static void closeLink(LinkTarget target, HtmlWriter html) {
        html.tag(target instanceof LinkTarget.MissingTarget ? "/span" : "/a");
    }

    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
        NoteContext note = NoteContext.of(context.getDocument());
        LinkTarget target = note.target(node.getUrl().toString());
        String alt = node.getText().toString();
        if (target instanceof LinkTarget.MissingTarget missing) {
            html.attr("class", "missing-image").attr("role", "img").attr("title", capitalise(missing.reason()))
                    .withAttr(OWN).tag("span").text(alt.isBlank() ? "Image not found" : alt).tag("/span");
            return;
        }
        html.attr("src", note.href(target)).attr("alt", alt).attr("loading", "lazy");
        if (!node.getTitle().isEmpty()) html.attr("title", node.getTitle().toString());
        html.withAttr(OWN).tagVoid("img");
    }

    private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
        NoteContext note = NoteContext.of(context.getDocument());
        if (note.isHeaderLine(SourceLines.start(node))) return;
        context.delegateRender();
        if (note.onSheet()) return;
        String text = note.note().headings().stream().filter(h -> h.line() == SourceLines.start(node))
                .map(org.studysite.model.Heading::text).findFirst().orElse("");
        NoteContext.AlsoIn others = note.alsoIn(text, ALSO_IN_LINKS);
        if (others.total() == 0) return;
        html.attr("class", "also-in").withAttr(OWN).tag("p").text("Also in: ");
        int shown = others.shown().size();
        // Every place is a section on the same topic, so the note's title says where it is; the heading
        // is added only to tell apart two places in one note. (The heading on every link made "Also in"
        // a seventh of a note page's bytes.)
        java.util.Map<org.studysite.model.NoteId, Long> perNote = others.shown().stream()
                .collect(java.util.stream.Collectors.groupingBy(TopicPlace::note, java.util.stream.Collectors.counting()));
        for (int i = 0; i < shown; i++) {
            TopicPlace place = others.shown().get(i);
            if (i > 0) html.text(" · ");
            String label = note.titleOf(place) + (perNote.get(place.note()) > 1 ? " › " + place.headingText() : "");
            html.attr("href", note.hrefOf(place)).withAttr(OWN).tag("a").text(label).tag("/a");
        }
        String more = note.topicEntryHref(text);
        if (shown < others.total()) {
            html.text(" · ");
            String label = (others.total() - shown) + " more";
            if (more == null) html.text(label); else html.attr("href", more).attr("class", "also-in-more").withAttr(OWN).tag("a").text(label).tag("/a");
        }
        html.tag("/p").line();
    }

    private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
        NoteContext note = NoteContext.of(context.getDocument());
        if (node.getParent() == node.getDocument() && note.isHeaderLine(SourceLines.start(node))) {
            return;
        }
        if (node.getFirstChild() instanceof WikiImage embed && embedOnly(node)
                && note.showsEmbed("!" + embed.getLink(), SourceLines.start(embed))) {
            embeddedContent(node, embed, note, html);
            return;
        }
        // In a tight list a paragraph is bare text; in a partly tagged item it needs an element to be shown or left out.
        if (note.inPartialContainer(node) && node.getParent() instanceof ParagraphItemContainer item
                && item.isParagraphWrappingDisabled(node, ListOptions.get(context.getOptions()), context.getOptions())) {
            MutableAttributes marks = new MutableAttributes();
            note.mark(node, marks);
            html.attr(marks).withAttr(OWN).tag("span");
            context.delegateRender();
            html.tag("/span");
            return;
        }
        context.delegateRender();
    }

    /** An embed alone in its paragraph (white space aside) shows content; within a sentence it is a link. */
    private static boolean embedOnly(Paragraph paragraph) {
        for (Node n = paragraph.getFirstChild().getNext(); n != null; n = n.getNext()) {
            if (!n.getChars().isBlank()) return false;
        }
        return true;
    }

    /** The embedded note's content in a marked box, headed by a link to where it comes from; the box takes the paragraph's place. */
    private static void embeddedContent(Paragraph node, WikiImage embed, NoteContext note, HtmlWriter html) {
        LinkTarget.NoteTarget target = (LinkTarget.NoteTarget) note.target("!" + embed.getLink());
        MutableAttributes attributes = new MutableAttributes();
        attributes.addValue("class", "embed");
        note.mark(node, attributes);
        html.attr(attributes).withAttr(OWN).tag("div").line();
        html.attr("class", "embed-source").withAttr(OWN).tag("p");
        html.attr("href", note.href(target)).withAttr(OWN).tag("a").text(note.embedTitle(target)).tag("/a");
        html.tag("/p").line();
        html.raw(note.embeddedHtml(target));
        html.tag("/div").line();
    }

    /**
     * An embed shown inline: a vault image as an image ({@code ![[a.png|300]]} sets its width, other
     * text is its alt), anything else as a link to it. Content embeds are shown by {@link #paragraph}.
     */
    private void embed(WikiImage node, NodeRendererContext context, HtmlWriter html) {
        NoteContext note = NoteContext.of(context.getDocument());
        String link = node.getLink().toString();
        LinkTarget target = note.target("!" + link);
        String text = node.getText().toString().strip();
        boolean width = text.matches("\\d{1,5}(x\\d{1,5})?");
        if (target instanceof LinkTarget.AssetTarget asset && isImage(asset.vaultPath())) {
            String name = asset.vaultPath().substring(asset.vaultPath().lastIndexOf('/') + 1);
            html.attr("src", note.href(target)).attr("alt", text.isEmpty() || width ? name : text).attr("loading", "lazy");
            if (width) {
                String[] size = text.split("x");
                html.attr("width", size[0]);
                if (size.length > 1) html.attr("height", size[1]);
            }
            html.withAttr(OWN).tagVoid("img");
            return;
        }
        if (target instanceof LinkTarget.MissingTarget missing && link.matches("(?i).*\\.(png|jpe?g|gif|svg|webp|bmp|avif)")) {
            html.attr("class", "missing-image").attr("role", "img").attr("title", capitalise(missing.reason()))
                    .withAttr(OWN).tag("span").text(text.isEmpty() || width ? link : text).tag("/span");
            return;
        }
        openLink(target, note, "", html);
        html.text(text.isEmpty() || width ? link.replace("#", " › ").strip().replaceFirst("^› ", "") : text);
        closeLink(target, html);
    }

    private static boolean isImage(String path) {
        return path.matches("(?i).*\\.(png|jpe?g|gif|svg|webp|bmp|avif)");
    }

    private void table(TableBlock node, NodeRendererContext context, HtmlWriter html) {
        NoteContext note = NoteContext.of(context.getDocument());
        MutableAttributes attributes = new MutableAttributes();
        // Printed as a cheat sheet (a sheet, or a note page's cheat-sheet mode) a wide table spans both columns.
        boolean printable = note.onSheet() || note.marksRegions();
        attributes.addValue("class", printable && WideTables.isWide(node) ? "table-wrap wide" : "table-wrap");
        note.mark(node, attributes);
        html.attr(attributes).withAttr(OWN).tag("div");
        context.delegateRender();
        html.tag("/div").line();
    }

    /** Raw HTML has no element of ours; a marked one gets a box carrying its marks. */
    private void htmlBlock(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        MutableAttributes marks = new MutableAttributes();
        NoteContext.of(context.getDocument()).mark(node, marks);
        if (marks.isEmpty()) {
            context.delegateRender();
            return;
        }
        html.attr(marks).withAttr(OWN).tag("div").line();
        context.delegateRender();
        html.tag("/div").line();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
