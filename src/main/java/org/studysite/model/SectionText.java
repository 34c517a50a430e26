package org.studysite.model;

import java.util.List;

/**
 * The searchable text of one section: from its heading to the next heading of any level. The text
 * before a note's first heading is a section too, with an empty {@code anchor}. {@code text} is
 * prose without markup; {@code code} is the text of its code blocks, searched with less weight.
 */
public record SectionText(String anchor, String heading, List<String> path, int line, String text, String code) {
    public SectionText {
        path = List.copyOf(path);
    }
}
