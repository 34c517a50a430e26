package org.studysite.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.studysite.model.Note;
import org.studysite.model.Section;
import org.studysite.model.Tag;
import org.studysite.model.TagScope;
import org.studysite.model.TaggedRegion;

/**
 * Headings whose words name a tag used elsewhere in the vault ({@code ## 🔑 Exam Tips} names
 * {@code #exam-tip}, {@code ## Gotchas} names {@code #gotcha}) carry that tag. The heading must name
 * the tag and little else: "Core Components" does not name {@code #core}, "Key Exam Tips" does.
 */
final class NamedTagFinder {
    /** Words that may stand around a tag's name in a heading that still names only that tag. */
    private static final Set<String> FILLER = Set.of("key", "common", "quick", "top", "final", "more", "my",
            "the", "and", "a", "some", "other", "extra", "bonus", "last", "minute", "summary", "list", "of");

    /** Each tag's words, split once for the whole vault rather than once per heading. */
    static java.util.SortedMap<Tag, List<String>> tagWords(Collection<Tag> vaultTags) {
        java.util.SortedMap<Tag, List<String>> words = new java.util.TreeMap<>();
        vaultTags.forEach(t -> words.put(t, words(t.name())));
        return words;
    }

    List<TaggedRegion> find(Note note, java.util.SortedMap<Tag, List<String>> tagWords) {
        List<TaggedRegion> found = new ArrayList<>();
        for (Section s : note.sections()) {
            List<String> words = withoutFiller(words(s.heading().text()));
            if (words.isEmpty()) continue;
            for (var entry : tagWords.entrySet()) {
                Tag tag = entry.getKey();
                if (!names(words, entry.getValue()) || s.heading().tags().contains(tag)) continue;
                found.add(new TaggedRegion(tag, TagScope.NAMED_SECTION, s.heading().id(), s.path(),
                        s.heading().text(), s.excerpt(), s.startLine(), s.endLine()));
            }
        }
        return found;
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !w.chars().allMatch(Character::isDigit)).toList();
    }

    /** A heading's words without the fillers: once per heading, not once per heading and tag (a vault has hundreds of tags). */
    private static List<String> withoutFiller(List<String> words) {
        return words.stream().filter(w -> !FILLER.contains(w)).toList();
    }

    /** The heading's words, fillers aside, are the tag's words, each possibly in the plural. */
    private static boolean names(List<String> rest, List<String> tag) {
        if (rest.size() != tag.size() || tag.isEmpty()) return false;
        for (int i = 0; i < tag.size(); i++) {
            String h = rest.get(i), t = tag.get(i);
            if (!(h.equals(t) || h.equals(t + "s") || h.equals(t + "es"))) return false;
        }
        return true;
    }
}
