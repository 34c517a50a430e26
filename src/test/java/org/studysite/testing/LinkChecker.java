package org.studysite.testing;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Every internal href/src of every page must name an existing file and, with a fragment, an existing id. */
public final class LinkChecker {
    private LinkChecker() {
    }

    public static List<String> brokenLinks(SiteHarness site) {
        List<String> broken = new ArrayList<>();
        for (String page : site.htmlPages()) broken.addAll(brokenLinks(site, page, site.page(page)));
        return broken;
    }

    /**
     * The broken links of {@code doc} read as the page at {@code page} (e.g. a page as a script changed
     * it). An address must be a valid URI (a '#' or '?' in a file name must be percent-encoded: web
     * servers read them as fragment and query), decoded once to name a file of the site.
     */
    public static List<String> brokenLinks(SiteHarness site, String page, Document doc) {
        List<String> broken = new ArrayList<>();
        for (Element e : doc.select("a[href], img[src], link[href], script[src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (url.isEmpty() || url.startsWith("//")) continue;
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException bad) {
                broken.add(page + ": " + url + " (not a valid address: " + bad.getReason() + ")");
                continue;
            }
            if (uri.getScheme() != null) continue;
            if (uri.getRawQuery() != null && !isDeckFilter(uri)) {
                broken.add(page + ": " + url + " (a query, which a static host ignores: a '?' in a name must be %3F)");
                continue;
            }
            check(site, page, doc, uri).ifPresent(problem -> broken.add(page + ": " + url + " (" + problem + ")"));
        }
        return broken;
    }

    /**
     * A page of the flashcard deck with a note to filter to ("../flashcards.2.html?note=aws/a"), as the "N cards
     * due" links have: the deck's script reads the query, and the file is the deck page without it. Any other
     * query is a file name's '?' left unencoded.
     */
    private static boolean isDeckFilter(URI uri) {
        return uri.getFragment() == null && DECK_PAGE.matcher(uri.getRawPath()).matches() && uri.getRawQuery().matches("note=[^&=]+");
    }

    private static final java.util.regex.Pattern DECK_PAGE = java.util.regex.Pattern.compile("(\\.\\./)*flashcards(\\.[0-9]+)?\\.html");

    private static java.util.Optional<String> check(SiteHarness site, String page, Document doc, URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String fragment = uri.getFragment() == null ? "" : uri.getFragment();
        Path target = path.isEmpty() ? site.out().resolve(page) : site.out().resolve(page).getParent().resolve(path).normalize();
        if (!target.startsWith(site.out())) return java.util.Optional.of("leaves the site");
        if (!Files.isRegularFile(target)) return java.util.Optional.of("no such file");
        if (fragment.isEmpty()) return java.util.Optional.empty();
        Document targetDoc = path.isEmpty() ? doc : site.page(site.out().relativize(target).toString().replace('\\', '/'));
        return targetDoc.getElementById(fragment) == null ? java.util.Optional.of("no such id") : java.util.Optional.empty();
    }
}
