package org.studysite.render;

import java.util.List;
import java.util.Map;
import org.studysite.model.NoteId;
import org.studysite.render.view.SiteView;

/**
 * Every page of the site, and what every page shows (the {@code site} root of the templates);
 * {@code topicEntries} are where the topic index lists each topic, which note pages link to, and
 * {@code deckParts} which part of the flashcard deck holds each note's cards (0-based; notes with
 * cards only), which their "N cards due" links lead to: a later plan of a few notes reuses both.
 */
public record SitePlan(SiteView site, List<PlannedPage> pages, Map<String, String> topicEntries, Map<NoteId, Integer> deckParts) {
    public SitePlan {
        pages = List.copyOf(pages);
        topicEntries = Map.copyOf(topicEntries);
        deckParts = Map.copyOf(deckParts);
    }
}
