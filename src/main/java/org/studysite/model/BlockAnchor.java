package org.studysite.model;

/** An id given to a tagged block (paragraph, list item or table) starting at {@code line}. */
public record BlockAnchor(int line, String id) {
}
