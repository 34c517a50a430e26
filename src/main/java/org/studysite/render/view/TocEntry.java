package org.studysite.render.view;

/** A table-of-contents line: heading level (2 = top), text and the id it links to on the same page. */
public record TocEntry(int level, String text, String id) {
}
