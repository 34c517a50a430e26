package org.studysite.render;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Raw HTML in notes passes only through jsoup's Safelist: formatting, tables, details/summary, kbd,
 * sub/sup, images and links. Scripts, styles, event-handler attributes and javascript: URLs are
 * removed. Runs over the whole rendered body, since flexmark splits inline HTML into pieces.
 */
final class HtmlSanitizer {
    /** Only used to let relative links through the protocol check; never appears in output. */
    private static final String BASE = "https://studysite.invalid/notes/page.html";
    private final Safelist safelist = Safelist.relaxed()
            .addTags("details", "summary", "kbd", "sub", "sup", "br", "hr", "del", "s", "ins", "mark", "abbr",
                    "span", "div", "section", "figure", "figcaption", "input", "aside")
            .addAttributes(":all", "class", "id", "title", "role", "aria-label", "aria-hidden", "lang", "dir")
            // Region marks a cheat sheet cuts nested regions by (render/flexmark/RegionMarker).
            .addAttributes(":all", "data-in", "data-part")
            .addAttributes("a", "rel")
            .addAttributes("img", "loading")
            .addAttributes("details", "open")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("th", "align").addAttributes("td", "align")
            .preserveRelativeLinks(true);

    /** A cleaned document holding {@code html} in its body. */
    Document clean(String html) {
        Document dirty = Parser.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        clean.setBaseUri("");
        return clean;
    }
}
