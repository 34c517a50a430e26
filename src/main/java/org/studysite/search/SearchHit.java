package org.studysite.search;

import java.util.List;

/** One ranked section: its index position, page address with anchor, where it is, score and snippet. */
public record SearchHit(int ord, String url, String noteTitle, String heading, String path, List<String> tags,
                        float score, String snippet) {
    public SearchHit {
        tags = List.copyOf(tags);
    }
}
