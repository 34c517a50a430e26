package org.studysite.render.flexmark;

/**
 * Lines {@code from..to} (1-based, inclusive) of a note that a rendering marks as one region,
 * named {@code key} (the region's anchor, unique within its note).
 */
public record RegionSpan(String key, int from, int to) {
    public RegionSpan {
        if (from < 1 || to < from) throw new IllegalArgumentException("bad lines " + from + ".." + to + " for " + key);
    }
}
