package org.studysite.render.view;

/**
 * A note in the navigation; {@code path} is site-root relative (the template compares it with the page's own
 * path to mark the current note). {@code href} is the shortest link from the one page showing the item
 * ({@code "note-7.html"} beside it, not {@code "../../notes/a/note-7.html"}: a note page's sidebar holds
 * fifteen of them); null in the small-vault list every page shares, which links by {@code rootPath + path}.
 */
public record NavItem(String title, String path, String href) {
}
