package org.studysite.parse;

import java.util.List;
import java.util.Optional;
import org.studysite.model.Tag;

/** What we read from a note's YAML front matter; {@code endLine} is its closing '---' (0 if none). */
record FrontMatter(Optional<String> title, List<Tag> tags, int endLine) {
    static final FrontMatter NONE = new FrontMatter(Optional.empty(), List.of(), 0);
}
