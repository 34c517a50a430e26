package org.studysite.model;

/**
 * A link as written in a note, before resolution. {@code destination} is the raw text the renderer
 * sees too ({@code "../ops/monitoring.md#x"}, or {@code "training#Tuning"} for a wikilink), so both
 * stages key resolutions by it. {@code sectionId} is the heading id of the section it stands in.
 */
public record RawLink(LinkKind kind, String destination, String text, int line, String sectionId) {
}
