package org.studysite.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The section index's fields and how much a match in each counts. A heading names exactly what a
 * section is about, so it weighs most; the note title applies to all its sections, so less; code
 * (identifiers, comments) least. Boosts are part of the index contract: the browser export folds
 * them into its precomputed scores, and {@link QueryBuilder} applies the same ones.
 */
final class SearchFields {
    /** The section's note id, so related sections can leave out the note's own. */
    static final String NOTE = "note";
    static final String TITLE = "title";
    static final String HEADING = "heading";
    /** The headings a section sits under (not its own, not the note title): "Limitations" under "Real-Time Endpoints". */
    static final String PARENTS = "parents";
    static final String TAGS = "tags";
    static final String TEXT = "text";
    static final String CODE = "code";
    /** One keyword per tag, for tag filters. */
    static final String TAG = "tag";

    /** Scored fields and their boosts, in a fixed order. */
    static final Map<String, Float> BOOSTS = boosts();

    private SearchFields() {
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(HEADING, 3.0f);
        boosts.put(TITLE, 1.5f);
        boosts.put(PARENTS, 1.0f);
        boosts.put(TAGS, 1.0f);
        boosts.put(TEXT, 1.0f);
        boosts.put(CODE, 0.4f);
        return java.util.Collections.unmodifiableMap(boosts);
    }
}
