package org.studysite.render.view;

import java.util.List;

/**
 * A note page. {@code titleId}/{@code subtitleId} are the ids of the headings shown in the page header
 * (empty when the title did not come from a heading); {@code navFolder} is the note's folder, whose
 * navigation group is always listed in full. {@code related} are sections of other notes most like this one.
 * {@code prev}/{@code next} may be null (first and last note). {@code bodyHtml} is
 * sanitised HTML; it and {@code printStyleHtml} (escaped CSS: the note's name in the printed header of
 * its cheat-sheet mode) are the only fields printed without escaping. {@code cheatSheet} says what
 * the page's cheat-sheet mode shows ("3 tagged regions"), "" when nothing in the note is tagged. A page lists at
 * most a bounded number of backlinks; {@code moreBacklinks} counts the rest. {@code navGroup} is the
 * note's folder as the sidebar shows it on this page (a window around the note), null in a small vault.
 * {@code deck} is the note's "N cards due" link to its flashcards, null when it has none.
 */
public record NotePageView(String path, String rootPath, String title, String titleId, String subtitle,
                           String subtitleId, String navFolder, String source,
                           List<TagCount> tags, List<TocEntry> toc, String bodyHtml, LinkView prev, LinkView next,
                           List<LinkView> backlinks, int moreBacklinks, List<LinkView> related, String cheatSheet,
                           String printStyleHtml,
                           NavGroup navGroup, DeckLink deck) {
    public NotePageView {
        tags = List.copyOf(tags);
        toc = List.copyOf(toc);
        backlinks = List.copyOf(backlinks);
        related = List.copyOf(related);
    }
}
