package org.studysite.render;

import java.util.List;
import java.util.Map;
import org.studysite.render.view.SiteView;

/**
 * Every page of the site, and what every page shows (the {@code site} root of the templates);
 * {@code topicEntries} are where the topic index lists each topic, which note pages link to.
 */
public record SitePlan(SiteView site, List<PlannedPage> pages, Map<String, String> topicEntries) {
    public SitePlan {
        pages = List.copyOf(pages);
        topicEntries = Map.copyOf(topicEntries);
    }
}
