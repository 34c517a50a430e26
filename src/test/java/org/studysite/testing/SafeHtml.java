package org.studysite.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a note must never get onto a page: event handlers, script addresses, elements that run or
 * embed other documents, scripts of its own. The site's own scripts are files in assets/ or the
 * small inline scripts of our templates, none of which call {@code alert}, which every hostile
 * test note uses as its payload.
 */
public final class SafeHtml {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "data");
    private static final Set<String> FORBIDDEN = Set.of("iframe", "object", "embed", "base", "frame", "frameset", "applet");

    private SafeHtml() {
    }

    /** Each unsafe thing on the page, as {@code page: what}; empty if none. */
    public static List<String> problems(String page, Document doc) {
        List<String> problems = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (FORBIDDEN.contains(tag)) problems.add(page + ": <" + tag + ">");
            if (tag.equals("script") && (e.data().contains("alert(") || !e.attr("src").isEmpty() && !e.attr("src").contains("assets/"))) {
                problems.add(page + ": a script that is not the site's: " + e.outerHtml());
            }
            if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) problems.add(page + ": <meta http-equiv=refresh>");
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) problems.add(page + ": event handler " + name + " on <" + tag + ">");
                if (URL_ATTRIBUTES.contains(name) && unsafeUrl(a.getValue())) problems.add(page + ": " + name + "=\"" + a.getValue() + "\" on <" + tag + ">");
            }
        }
        return problems;
    }

    /** Every unsafe thing on every page of the site. */
    public static List<String> problems(SiteHarness site) {
        List<String> problems = new ArrayList<>();
        for (String page : site.htmlPages()) problems.addAll(problems(page, site.page(page)));
        return problems;
    }

    private static boolean unsafeUrl(String url) {
        // Browsers drop these before they read a scheme.
        String squeezed = url.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        return squeezed.startsWith("javascript:") || squeezed.startsWith("vbscript:") || squeezed.startsWith("data:text")
                || squeezed.startsWith("data:application");
    }
}
