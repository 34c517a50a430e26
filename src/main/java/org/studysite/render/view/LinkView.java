package org.studysite.render.view;

/** A link as a page shows it; {@code href} is already relative to that page. */
public record LinkView(String text, String detail, String href) {
}
