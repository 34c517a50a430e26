package org.studysite.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A tag's cheat sheet with its places filled in from the region scripts the build wrote, the way
 * assets/cheatsheet.js fills them in a browser (the browser tests check the script itself): the
 * region {@code data-top}, cut to {@code data-cut}, ids prefixed {@code r<N>-}, relative links
 * put behind the sheet's root path. For tests that read sheet content with jsoup.
 */
public final class FilledSheet {
    private static final JsonFactory JSON = new JsonFactory();

    private FilledSheet() {
    }

    public static Document of(SiteHarness site, String sheetPath) {
        Document sheet = site.page(sheetPath);
        Element regions = sheet.selectFirst(".cheatsheet-regions");
        if (regions == null) return sheet;
        String root = regions.attr("data-root");
        Map<Path, Map<String, String>> scripts = new HashMap<>();
        int index = 0;
        for (Element body : regions.select("[data-src]")) {
            index++;
            Path script = site.out().resolve(sheetPath).getParent().resolve(body.attr("data-src")).normalize();
            String html = scripts.computeIfAbsent(script, FilledSheet::regions).get(body.attr("data-top"));
            if (html == null) continue;
            Element content = Jsoup.parseBodyFragment(html).body();
            if (body.hasAttr("data-cut")) keep(content, body.attr("data-cut"));
            for (Element e : content.select("[id]")) e.id("r" + index + "-" + e.id());
            for (Element e : content.select("a[href], img[src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                if (!e.attr(attr).matches("(?i)^([a-z][a-z0-9+.-]*:|#|/).*")) e.attr(attr, root + "/" + e.attr(attr));
            }
            body.empty().appendChildren(content.childNodesCopy());
        }
        return sheet;
    }

    /** The regions a region script holds, by key, in file order: {@code studysiteRegions({"key": "html", …});}. */
    public static Map<String, String> regions(Path script) {
        try {
            String text = Files.readString(script).strip();
            if (!text.startsWith("studysiteRegions({") || !text.endsWith("});")) throw new IllegalStateException("not a region script: " + script);
            Map<String, String> regions = new LinkedHashMap<>();
            try (JsonParser json = JSON.createParser(text.substring("studysiteRegions(".length(), text.length() - 2))) {
                if (json.nextToken() != JsonToken.START_OBJECT) throw new IllegalStateException(script.toString());
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String key = json.currentName();
                    if (json.nextToken() != JsonToken.VALUE_STRING) throw new IllegalStateException(script + ": " + key);
                    regions.put(key, json.getText());
                }
            }
            return regions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keep(Element parent, String key) {
        for (Element child : parent.children()) {
            if (marked(child, "data-in", key)) continue;
            if (marked(child, "data-part", key)) keep(child, key); else child.remove();
        }
    }

    private static boolean marked(Element e, String attribute, String key) {
        return (" " + e.attr(attribute) + " ").contains(" " + key + " ");
    }
}
