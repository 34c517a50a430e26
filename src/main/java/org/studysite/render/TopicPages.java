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
import org.studysite.render.view.LinkView;
import org.studysite.render.view.TopicEntry;
import org.studysite.render.view.TopicLetter;
import org.studysite.render.view.TopicsView;

/**
 * The topic index, A to Z: every heading of every note (not the title and subtitle in the page
 * header), one entry per topic. Headings with the same {@link TopicKey} ("SageMaker Model Monitor",
 * "7.7 SageMaker Model Monitor `#exam-tip`") are one entry listing all their places, in navigation order.
 */
final class TopicPages {
    static final SitePath PATH = new SitePath("topics.html");
    private static final String OTHER = "#";

    TopicsView view(Library library, List<Note> ordered) {
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
                        PATH.relativeUrlTo(library.pages().get(note.id())) + "#" + h.id()));
            }
        }
        SortedMap<String, List<TopicEntry>> byLetter = new TreeMap<>(TopicPages::compareLetters);
        places.forEach((key, links) -> byLetter.computeIfAbsent(letter(key), l -> new ArrayList<>())
                .add(new TopicEntry(names.get(key), links)));
        List<TopicLetter> letters = new ArrayList<>();
        byLetter.forEach((letter, entries) -> letters.add(new TopicLetter(letter,
                "letter-" + (letter.equals(OTHER) ? "other" : letter.toLowerCase(Locale.ROOT)), entries)));
        return new TopicsView(PATH.value(), PATH.rootPath(), "Topics A–Z", letters, places.size());
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
