package org.studysite.render.view;

import java.util.List;

/**
 * A topic and the places it is a heading (note title, parent headings, a deep link). A topic with
 * very many places may run on into the next part of the index: then {@code continued} is true there.
 *
 * @param id    its anchor, {@code topic-<key>}, where "N more" links from note pages land
 * @param count all its places, on every part
 */
public record TopicEntry(String name, String id, int count, boolean continued, List<LinkView> places) {
    public TopicEntry {
        places = List.copyOf(places);
    }
}
