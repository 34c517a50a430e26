package org.studysite.render.view;

/** One choice of a filter select: the value scripts match on and the text shown. */
public record FilterOption(String value, String label) {
}
