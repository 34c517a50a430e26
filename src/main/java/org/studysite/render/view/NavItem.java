package org.studysite.render.view;

/** A note in the navigation; {@code path} is site-root relative. */
public record NavItem(String title, String path) {
}
