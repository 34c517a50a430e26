package org.studysite.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.studysite.markdown.Embeds;
import org.studysite.markdown.MarkdownDialect;
import org.studysite.model.Library;
import org.studysite.model.LinkTarget;
import org.studysite.model.Note;
import org.studysite.model.SitePath;
import org.studysite.render.flexmark.NoteContext;
import org.studysite.render.flexmark.RegionSpan;
import org.studysite.render.flexmark.StudyHtmlExtension;
import org.studysite.render.view.RegionHtml;

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
    public String render(Library library, Note note, Map<String, String> topicEntries) {
        return toHtml(dialect.parse(note.markdown()), new NoteContext(library, note, topicEntries), library, note);
    }

    /** The body of the note's own page, its cheat-sheet regions marked for the page's cheat-sheet mode. */
    String renderPage(Library library, Note note, RegionLayout layout, Map<String, String> topicEntries) {
        NoteContext context = NoteContext.page(library, note, layout.tops(), layout.contextHeadings(), topicEntries);
        return toHtml(dialect.parse(note.markdown()), context, library, note);
    }

    /** A note page's body and its cheat-sheet regions ({@link #renderRegions}), from one parse. */
    record PageAndRegions(String page, List<RegionHtml> regions) {
    }

    /** {@link #renderPage} and {@link #renderRegions} from one parse of the note. */
    PageAndRegions renderPageAndRegions(Library library, Note note, RegionLayout layout, SitePath regionsPage,
                                        Map<String, String> topicEntries) {
        Document document = dialect.parse(note.markdown());
        NoteContext context = NoteContext.page(library, note, layout.tops(), layout.contextHeadings(), topicEntries);
        String page = toHtml(document, context, library, note);
        return new PageAndRegions(page, regions(document, library, note, layout, regionsPage, topicEntries));
    }

    /**
     * The HTML of each of the note's top regions ({@link RegionLayout#tops}), for the cheat sheets
     * that print them: one parse of the note, cut to each region in turn. Links are relative to
     * {@code page}; ids are the note's own (a sheet prefixes them); nested regions are marked.
     */
    List<RegionHtml> renderRegions(Library library, Note note, RegionLayout layout, SitePath page, Map<String, String> topicEntries) {
        return regions(dialect.parse(note.markdown()), library, note, layout, page, topicEntries);
    }

    /** The regions of a parsed note: rendering leaves the document as it was, so it may have rendered the page before. */
    private List<RegionHtml> regions(Document document, Library library, Note note, RegionLayout layout, SitePath page,
                                     Map<String, String> topicEntries) {
        NoteContext context = NoteContext.sheet(library, note, page, layout.nested(), topicEntries);
        context.attachTo(document);
        context.embedWith((from, target) -> embedded(library, from, target));
        boolean raw = RawMarkup.in(document);
        List<RegionHtml> regions = new ArrayList<>(layout.tops().size());
        for (RegionSpan top : layout.tops()) {
            String html;
            try (LineSlice slice = LineSlice.of(document, top.from(), top.to())) {
                html = renderer.render(document);
            }
            regions.add(new RegionHtml(top.key(), raw ? clean(html, context, library, note) : html));
        }
        return regions;
    }

    /**
     * Our renderers write only escaped text, checked URLs (resolve keeps only safe schemes) and
     * ids from the model; only raw HTML, autolinks and reference links can bring markup or an
     * address we did not check. A note with none of those skips the sanitiser, which took a third
     * of rendering; the rest goes through jsoup as before.
     */
    private String toHtml(Document document, NoteContext context, Library library, Note note) {
        context.attachTo(document);
        context.embedWith((from, target) -> embedded(library, from, target));
        String html = renderer.render(document);
        return RawMarkup.in(document) ? clean(html, context, library, note) : html;
    }

    /**
     * The content an embed shows: the target note's section (or whole note) from its own parse,
     * links relative to the embedding page, without ids and without embeds of its own (one level).
     */
    private String embedded(Library library, NoteContext from, LinkTarget.NoteTarget target) {
        Note source = library.note(target.note());
        int[] lines = Embeds.lines(source, target.anchor());
        Document document = dialect.parse(source.markdown());
        NoteContext context = NoteContext.embedded(from, source);
        context.attachTo(document);
        String html;
        try (LineSlice slice = LineSlice.of(document, lines[0], lines[1])) {
            html = renderer.render(document);
        }
        if (RawMarkup.in(document)) html = clean(html, context, library, source);
        from.emittedBy(context);
        return html;
    }

    private String clean(String html, NoteContext context, Library library, Note note) {
        org.jsoup.nodes.Document clean = sanitizer.clean(html);
        rewriteRawLinks(clean, context, library, note);
        // A raw <a> whose href the sanitiser removed (javascript:) is just its text now.
        clean.select("a:not([href]):not([id])").unwrap();
        return clean.body().html();
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
