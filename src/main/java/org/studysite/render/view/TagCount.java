package org.studysite.render.view;

/** A tag with how many tagged places it has; {@code path} is site-root relative. */
public record TagCount(String name, int count, String path) {
}
