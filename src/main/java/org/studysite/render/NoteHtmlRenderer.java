package org.studysite.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.nodes.Element;
import org.studysite.markdown.MarkdownDialect;
import org.studysite.model.Library;
import org.studysite.model.LinkTarget;
import org.studysite.model.Note;
import org.studysite.model.SitePath;
import org.studysite.model.TagScope;
import org.studysite.model.TaggedRegion;
import org.studysite.render.flexmark.NoteContext;
import org.studysite.render.flexmark.StudyHtmlExtension;

/**
 * A note's body as safe HTML: re-parses the note's Markdown with the shared dialect, renders it
 * with our node renderers, then sanitises it and points raw-HTML links at the site like any other.
 */
public final class NoteHtmlRenderer {
    private final MarkdownDialect dialect;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public NoteHtmlRenderer(MarkdownDialect dialect) {
        this.dialect = dialect;
        MutableDataSet options = new MutableDataSet(dialect.options());
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        this.renderer = HtmlRenderer.builder(options).extensions(List.of(StudyHtmlExtension.create())).build();
    }

    /** @param topicEntries per topic key, its entry in the topic index (site-root path and anchor) */
    public String render(Library library, Note note, java.util.Map<String, String> topicEntries) {
        return toHtml(dialect.parse(note.markdown()), new NoteContext(library, note, topicEntries), library, note);
    }

    /**
     * One tagged region of a note written onto another page ({@code page}, e.g. a cheat sheet): only
     * its lines (the whole body for a note-wide tag), links relative to that page, every id prefixed
     * with {@code idPrefix}, wide tables marked to span the print columns.
     */
    public String renderRegion(Library library, Note note, TaggedRegion region, SitePath page, String idPrefix,
                               java.util.Map<String, String> topicEntries) {
        boolean whole = region.scope() == TagScope.NOTE;
        Document document = dialect.parse(whole ? note.markdown() : LineSlice.blankOutside(note.markdown(), region.startLine(), region.endLine()));
        if (!whole) LineSlice.keepRegion(document, region.startLine(), region.endLine());
        return toHtml(document, new NoteContext(library, note, page, idPrefix, topicEntries), library, note);
    }

    /**
     * Our renderers write only escaped text, checked URLs (resolve keeps only safe schemes) and
     * ids from the model; only raw HTML, autolinks and reference links can bring markup or an
     * address we did not check. A note with none of those skips the sanitiser, which took a third
     * of rendering; the rest goes through jsoup as before.
     */
    private String toHtml(Document document, NoteContext context, Library library, Note note) {
        context.attachTo(document);
        String html = renderer.render(document);
        if (!RawMarkup.in(document)) return html;
        org.jsoup.nodes.Document clean = sanitizer.clean(html);
        rewriteRawLinks(clean, context, library, note);
        // A raw <a> whose href the sanitiser removed (javascript:) is just its text now.
        clean.select("a:not([href]):not([id])").unwrap();
        prefixRawIds(clean, context.idPrefix());
        return clean.body().html();
    }

    /** Ids written in raw HTML get the page's prefix too (ours have it already), so none collide. */
    private static void prefixRawIds(org.jsoup.nodes.Document doc, String prefix) {
        if (prefix.isEmpty()) return;
        for (Element e : doc.select("[id]")) {
            if (!e.id().startsWith(prefix)) e.id(prefix + e.id());
        }
    }

    /** Links written as raw HTML get the same treatment as Markdown links: resolved or marked missing. */
    private static void rewriteRawLinks(org.jsoup.nodes.Document doc, NoteContext context, Library library, Note note) {
        for (Element e : doc.select("a[href], img[src]")) {
            String attr = e.tagName().equals("img") ? "src" : "href";
            String url = e.attr(attr);
            if (context.emitted(url) || url.startsWith("#") && !context.elsewhere() && isLocalAnchor(doc, url)) continue;
            LinkTarget target = library.target(note.id(), url);
            String href = context.href(target);
            if (href != null) {
                e.attr(attr, href);
            } else if (attr.equals("src")) {
                e.replaceWith(new Element("span").addClass("missing-image").attr("role", "img")
                        .attr("title", "Missing image").text(e.attr("alt").isBlank() ? "Image not found" : e.attr("alt")));
            } else {
                e.replaceWith(new Element("span").addClass("missing-link").attr("title", "Missing link target")
                        .appendChildren(e.childNodesCopy()));
            }
        }
    }

    private static boolean isLocalAnchor(org.jsoup.nodes.Document doc, String url) {
        return doc.getElementById(url.substring(1)) != null;
    }
}
