package org.studysite.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A tag's cheat sheet with its places built from the region scripts the build wrote, the way
 * assets/cheatsheet.js builds them in a browser (the browser tests check the script itself): per
 * (script, region) pair of the sheet a section with its header (note › heading path › label, tag
 * chip) and the region's top region, cut to the region, ids prefixed {@code r<N>-}, relative links
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
        List<String> scriptList = words(regions.attr("data-scripts"));
        List<String> pairs = words(regions.attr("data-places"));
        Map<Path, Script> scripts = new HashMap<>();
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            int index = i / 2 + 1;
            String key = pairs.get(i + 1);
            Path path = site.out().resolve(sheetPath).getParent().resolve(scriptList.get(Integer.parseInt(pairs.get(i)))).normalize();
            Script script = scripts.computeIfAbsent(path, FilledSheet::script);
            List<String> where = script.places().get(key);
            String html = where == null ? null : script.regions().get(where.get(0));
            if (html == null) continue;
            Element place = regions.appendElement("section").addClass("cheatsheet-region");
            Element line = place.appendElement("header").addClass("cheatsheet-region-head").appendElement("p").addClass("cheatsheet-place");
            String page = root + "/" + script.page();
            line.appendElement("a").addClass("cheatsheet-note").attr("href", page).text(script.title());
            line.appendText(" › ");
            if (!where.get(1).isEmpty()) {
                line.appendElement("span").addClass("heading-path").text(where.get(1));
                line.appendText(" › ");
            }
            line.appendElement("a").addClass("cheatsheet-back").attr("href", page + "#" + key).text(where.get(2));
            line.parent().appendElement("ul").addClass("tag-list").appendElement("li").appendElement("a").addClass("tag")
                    .attr("href", regions.attr("data-tag-href")).text("#" + regions.attr("data-tag"));
            Element body = place.appendElement("div").addClass("cheatsheet-body").addClass("note-body").attr("data-top", where.get(0));
            if (!where.get(0).equals(key)) body.attr("data-cut", key);
            Element content = Jsoup.parseBodyFragment(html).body();
            if (body.hasAttr("data-cut")) keep(content, body.attr("data-cut"));
            for (Element e : content.select("[id]")) e.id("r" + index + "-" + e.id());
            for (Element e : content.select("a[href], img[src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                if (!e.attr(attr).matches("(?i)^([a-z][a-z0-9+.-]*:|#|/).*")) e.attr(attr, root + "/" + e.attr(attr));
            }
            body.appendChildren(content.childNodesCopy());
        }
        // Filled in: the script hides what stands in for it.
        Element noJs = sheet.selectFirst(".cheatsheet-nojs");
        if (noJs != null) noJs.attr("hidden", true);
        return sheet;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split(" ")).filter(w -> !w.isEmpty()).toList();
    }

    /** What a region script holds: the note's title and page, its places (key → [top, heading path, label]), its regions' HTML by key. */
    public record Script(String title, String page, Map<String, List<String>> places, Map<String, String> regions) {
    }

    /** The regions a region script holds, by key, in file order. */
    public static Map<String, String> regions(Path script) {
        return script(script).regions();
    }

    /**
     * A region script: {@code studysiteRegions(byteCount,"…");}, UTF-16 with a byte-order mark, the
     * characters 15 bits each of raw-deflated JSON {@code {"title": …, "page": …, "places": {…}, "regions": {"key": "html", …}}}.
     */
    public static Script script(Path script) {
        try {
            String text = json(script);
            String title = null;
            String page = null;
            Map<String, List<String>> places = new LinkedHashMap<>();
            Map<String, String> regions = new LinkedHashMap<>();
            try (JsonParser json = JSON.createParser(text)) {
                if (json.nextToken() != JsonToken.START_OBJECT) throw new IllegalStateException(script.toString());
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    json.nextToken();
                    switch (field) {
                        case "title" -> title = json.getText();
                        case "page" -> page = json.getText();
                        case "places" -> {
                            while (json.nextToken() == JsonToken.FIELD_NAME) {
                                String key = json.currentName();
                                List<String> where = new ArrayList<>();
                                if (json.nextToken() != JsonToken.START_ARRAY) throw new IllegalStateException(script + ": " + key);
                                while (json.nextToken() == JsonToken.VALUE_STRING) where.add(json.getText());
                                places.put(key, where);
                            }
                        }
                        case "regions" -> {
                            while (json.nextToken() == JsonToken.FIELD_NAME) {
                                String key = json.currentName();
                                if (json.nextToken() != JsonToken.VALUE_STRING) throw new IllegalStateException(script + ": " + key);
                                regions.put(key, json.getText());
                            }
                        }
                        default -> throw new IllegalStateException(script + ": unknown field " + field);
                    }
                }
            }
            return new Script(title, page, places, regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON a region script carries, inflated. */
    public static String json(Path script) throws IOException {
        byte[] file = Files.readAllBytes(script);
        if (file.length < 2 || (file[0] & 0xFF) != 0xFF || (file[1] & 0xFF) != 0xFE) throw new IllegalStateException("no UTF-16LE mark: " + script);
        String text = new String(file, 2, file.length - 2, StandardCharsets.UTF_16LE).strip();
        Matcher m = Pattern.compile("studysiteRegions\\((\\d+),\"([^\"]*)\"\\);").matcher(text);
        if (!m.matches()) throw new IllegalStateException("not a region script: " + script);
        byte[] deflated = new byte[Integer.parseInt(m.group(1))];
        String chars = m.group(2);
        int acc = 0;
        int bits = 0;
        int j = 0;
        for (int i = 0; i < chars.length() && j < deflated.length; i++) {
            acc = (acc << 15) | (chars.charAt(i) - 0x3000);
            bits += 15;
            while (bits >= 8 && j < deflated.length) {
                bits -= 8;
                deflated[j++] = (byte) (acc >>> bits);
            }
            acc &= (1 << bits) - 1;
        }
        Inflater inflater = new Inflater(true);
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated), inflater)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            inflater.end();
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
