package org.studysite.render.view;

import java.util.List;

/** A topic and every place it is a heading: note title, parent headings, a deep link. */
public record TopicEntry(String name, List<LinkView> places) {
    public TopicEntry {
        places = List.copyOf(places);
    }
}
