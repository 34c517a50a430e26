package org.studysite.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.studysite.markdown.TopicKey;
import org.studysite.model.Note;
import org.studysite.model.Section;
import org.studysite.model.TopicPlace;

/**
 * Groups headings on the same topic ({@link TopicKey}) across notes. Only topics found in two or
 * more notes are kept, and structural headings every note has ("Overview") are not topics.
 */
final class TopicMatcher {
    private static final Set<String> STRUCTURAL = Set.of("overview", "introduction", "intro", "summary",
            "contents", "table of contents", "toc", "related topics", "related", "references", "see also",
            "notes", "resources", "further reading");

    SortedMap<String, List<TopicPlace>> match(List<Note> notes) {
        SortedMap<String, List<TopicPlace>> all = new TreeMap<>();
        for (Note note : notes) {
            for (Section s : note.sections()) {
                String key = TopicKey.of(s.heading().text());
                if (key.isEmpty() || STRUCTURAL.contains(key)) continue;
                all.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new TopicPlace(note.id(), s.heading().id(), s.heading().text(), s.path()));
            }
        }
        all.values().removeIf(places -> places.stream().map(TopicPlace::note).distinct().count() < 2);
        return all;
    }
}
