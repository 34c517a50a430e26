package org.studysite.model;

/** A link into a note from {@code source}, written in the section {@code sectionId} ("" before any heading). */
public record Backlink(NoteId source, String sectionId, String sectionText) {
}
