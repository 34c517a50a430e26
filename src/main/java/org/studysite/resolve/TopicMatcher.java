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
 * more notes are kept; structural headings ("Overview", or any heading in a quarter of a large vault's notes) are not topics.
 */
final class TopicMatcher {
    private static final Set<String> STRUCTURAL = Set.of("overview", "introduction", "intro", "summary",
            "contents", "table of contents", "toc", "related topics", "related", "references", "see also",
            "notes", "resources", "further reading");

    /**
     * A heading in this many notes, and in at least one note in {@link #STRUCTURAL_SHARE}, is the
     * vault's own structure ("Key Takeaways", "Exam Tips" in every note), not a topic shared by notes:
     * linking every note's "Exam Tips" to five others would say nothing.
     */
    static final int MIN_STRUCTURAL_NOTES = 20;
    static final int STRUCTURAL_SHARE = 4;

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
        long minStructural = Math.max(MIN_STRUCTURAL_NOTES, notes.size() / STRUCTURAL_SHARE);
        all.values().removeIf(places -> {
            long in = places.stream().map(TopicPlace::note).distinct().count();
            return in < 2 || in >= minStructural;
        });
        return all;
    }
}
