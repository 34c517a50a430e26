package org.studysite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.studysite.markdown.TopicKey;
import org.studysite.model.Heading;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.Section;
import org.studysite.model.SitePath;
import org.studysite.render.view.PackedPart;
import org.studysite.render.view.LinkView;
import org.studysite.render.view.TopicEntry;
import org.studysite.render.view.TopicLetter;
import org.studysite.render.view.TopicsView;
import org.studysite.url.Hrefs;
import org.studysite.url.SitePaths;

/**
 * The topic index, A to Z: every heading of every note (not the title and subtitle in the page
 * header), one entry per topic. Headings with the same {@link TopicKey} ("SageMaker Model Monitor",
 * "7.7 SageMaker Model Monitor `#exam-tip`") are one entry listing all their places, in navigation
 * order. The index is cut into parts of bounded size ({@link Parts}); a letter bar on every part
 * jumps to any letter, and each topic has an anchor that note pages link to ("N more").
 */
final class TopicPages {
    static final SitePath PATH = SitePaths.TOPICS;
    static final String TEMPLATE = "topics.ftlh";
    private static final String OTHER = "#";

    /** The index's pages and, per topic key, where its entry starts (a site-root path with anchor). */
    record Index(List<PlannedPage> pages, Map<String, String> entries) {
    }

    /** One place of one topic: the unit the index is split by, so even a topic in every note splits. */
    private record Row(String letter, String key, String name, int count, LinkView place) {
    }

    Index plan(Library library, List<Note> ordered) {
        List<Row> rows = rows(library, ordered);
        List<List<Row>> parts = Parts.split(rows, r -> Parts.weigh(r.place().text(), r.place().detail(), r.place().href()));
        Map<String, String> entries = new TreeMap<>();
        Map<String, String> letterStarts = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String page = Parts.path(PATH, i).value();
            for (Row r : parts.get(i)) {
                entries.putIfAbsent(r.key(), page + "#" + anchor(r.key()));
                letterStarts.putIfAbsent(r.letter(), page + "#" + letterId(r.letter()));
            }
        }
        List<LinkView> letterLinks = new ArrayList<>();
        letterStarts.forEach((letter, href) -> letterLinks.add(new LinkView(letter, "", href)));
        int topics = (int) rows.stream().map(Row::key).distinct().count();
        List<String> labels = parts.stream().map(TopicPages::label).toList();
        List<PlannedPage> pages = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SitePath path = Parts.path(PATH, i);
            List<LinkView> relativeLetters = letterLinks.stream().map(l -> new LinkView(l.text(), "", relative(path, l.href()))).toList();
            SitePath script = Parts.listScript(path, parts.size());
            TopicsView view = new TopicsView(Hrefs.fromRoot(path), path.rootPath(), title(i, parts.size()), relativeLetters,
                    letters(parts.get(i), i > 0 ? parts.get(i - 1) : List.of()), topics, Parts.pager(PATH, parts.size(), i, labels),
                    script == null ? "" : Hrefs.between(path, script));
            pages.add(new PlannedPage(path, TEMPLATE, view));
            if (script != null) pages.add(new PlannedPage(script, "topics-list.ftlh", new PackedPart(view)));
        }
        return new Index(pages, entries);
    }

    /** A site-root "page#anchor" as seen from {@code from}: just the anchor on the same page. */
    private static String relative(SitePath from, String target) {
        int hash = target.indexOf('#');
        String page = target.substring(0, hash);
        return (page.equals(from.value()) ? "" : Hrefs.between(from, new SitePath(page))) + target.substring(hash);
    }

    private static String title(int part, int parts) {
        return parts < 2 ? "Topics A–Z" : "Topics A–Z (part " + (part + 1) + " of " + parts + ")";
    }

    /** A part's label: the letters it covers, "A–C". */
    private static String label(List<Row> part) {
        if (part.isEmpty()) return "A–Z";
        String first = part.get(0).letter();
        String last = part.get(part.size() - 1).letter();
        return first.equals(last) ? first : first + "–" + last;
    }

    private static List<Row> rows(Library library, List<Note> ordered) {
        SortedMap<String, List<LinkView>> places = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Note note : ordered) {
            for (Section section : note.sections()) {
                Heading h = section.heading();
                String key = TopicKey.of(h.text());
                if (key.isEmpty() || note.headerLines().contains(h.line())) continue;
                names.putIfAbsent(key, displayName(h.text()));
                places.computeIfAbsent(key, k -> new ArrayList<>()).add(new LinkView(note.title(),
                        String.join(" › ", section.path().subList(0, section.path().size() - 1)),
                        Hrefs.between(PATH, library.pages().get(note.id()), h.id())));
            }
        }
        SortedMap<String, List<String>> byLetter = new TreeMap<>(TopicPages::compareLetters);
        places.keySet().forEach(key -> byLetter.computeIfAbsent(letter(key), l -> new ArrayList<>()).add(key));
        List<Row> rows = new ArrayList<>();
        byLetter.forEach((letter, keys) -> keys.forEach(key -> places.get(key)
                .forEach(p -> rows.add(new Row(letter, key, names.get(key), places.get(key).size(), p)))));
        return rows;
    }

    /** A part's rows as letters of entries; an entry whose first rows are on {@code before} is "continued". */
    private static List<TopicLetter> letters(List<Row> part, List<Row> before) {
        String carried = before.isEmpty() ? null : before.get(before.size() - 1).key();
        Map<String, Map<String, List<Row>>> grouped = new LinkedHashMap<>();
        part.forEach(r -> grouped.computeIfAbsent(r.letter(), l -> new LinkedHashMap<>())
                .computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        List<TopicLetter> letters = new ArrayList<>();
        grouped.forEach((letter, byKey) -> {
            List<TopicEntry> entries = new ArrayList<>();
            byKey.forEach((key, rows) -> entries.add(new TopicEntry(rows.get(0).name(), anchor(key), rows.get(0).count(),
                    key.equals(carried), rows.stream().map(Row::place).toList())));
            letters.add(new TopicLetter(letter, letterId(letter), entries));
        });
        return letters;
    }

    /** A topic's anchor: keys are lower-case letters, digits and single spaces, so this is unique per key. */
    static String anchor(String key) {
        return "topic-" + key.replace(' ', '-');
    }

    private static String letterId(String letter) {
        return "letter-" + (letter.equals(OTHER) ? "other" : letter.toLowerCase(Locale.ROOT));
    }

    /** The heading as an index entry: without its leading numbering ("7.7 ") or emoji. */
    static String displayName(String heading) {
        String name = heading.replaceFirst("^[^\\p{L}\\p{N}]*(\\d+(\\.\\d+)*\\.?\\s+)?", "").strip();
        return name.isEmpty() ? heading.strip() : name;
    }

    /** A to Z by the key's first letter; keys starting with a digit or another script go under "#", last. */
    private static String letter(String key) {
        char first = Character.toUpperCase(key.charAt(0));
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : OTHER;
    }

    private static int compareLetters(String a, String b) {
        if (a.equals(b)) return 0;
        if (a.equals(OTHER)) return 1;
        if (b.equals(OTHER)) return -1;
        return a.compareTo(b);
    }
}
