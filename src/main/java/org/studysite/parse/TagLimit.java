package org.studysite.parse;

import java.util.List;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.model.Tag;

/**
 * How many tags one place (a block, a heading, the note) may carry. Every tag gets the place on its
 * tag page and its cheat sheet prints the place whole, so a paragraph of 4,000 tags was printed
 * 4,000 times (848 MB). Real notes put at most three tags on one line; past 16 only the first 16
 * tag the place, so a note's output grows with its size, not with its size squared. The others
 * are still shown; they link only to tags that have a page.
 */
final class TagLimit {
    static final int MAX_TAGS = 16;

    private TagLimit() {
    }

    /** The first {@link #MAX_TAGS} of {@code tags}, with a warning at {@code line} if there were more. */
    static List<Tag> first(List<Tag> tags, String file, int line, String place, List<Diagnostic> diagnostics) {
        if (tags.size() <= MAX_TAGS) return tags;
        diagnostics.add(Diagnostic.warning(file, line, tags.size() + " tags on one " + place + ", more than " + MAX_TAGS
                + ": only the first " + MAX_TAGS + " list it on tag pages and cheat sheets"));
        return List.copyOf(tags.subList(0, MAX_TAGS));
    }
}
