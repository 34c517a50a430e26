package org.studysite.model;

import java.util.List;

/**
 * A part of a note that carries a tag: lines {@code startLine..endLine}, reachable at {@code anchor}
 * (empty for the whole note). {@code headingPath} names where it is; {@code excerpt} is short plain text.
 */
public record TaggedRegion(Tag tag, TagScope scope, String anchor, List<String> headingPath, String label,
                           String excerpt, int startLine, int endLine) {
    public TaggedRegion {
        headingPath = List.copyOf(headingPath);
    }

    /** Whether {@code other} lies within this region (and is not the same region). */
    public boolean encloses(TaggedRegion other) {
        return !equals(other) && startLine <= other.startLine && other.endLine <= endLine
                && (startLine < other.startLine || other.endLine < endLine || scope.compareTo(other.scope) < 0);
    }
}
