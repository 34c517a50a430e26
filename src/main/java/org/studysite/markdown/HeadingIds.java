package org.studysite.markdown;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GitHub's heading anchors, so hand-written tables of contents keep working: lower case, every
 * character that is not a letter, mark, digit, connector, space or hyphen dropped, spaces to '-'.
 * Repeats on one page get "-1", "-2", … An instance allocates ids for one page, in document order.
 */
public final class HeadingIds {
    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");
    private final Set<String> used = new HashSet<>();

    /** The GitHub slug of a heading's text (already stripped of tag syntax and trimmed). */
    public static String slug(String text) {
        return DROPPED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    /** A page-unique id for {@code text}. */
    public String allocate(String text) {
        return allocateSlug(slug(text));
    }

    /** A page-unique id starting with {@code base}, which is used as is when free. */
    public String allocateSlug(String base) {
        String id = base;
        for (int n = 1; id.isEmpty() || used.contains(id); n++) {
            id = base.isEmpty() ? "section-" + n : base + "-" + n;
        }
        used.add(id);
        return id;
    }
}
