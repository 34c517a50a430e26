package org.studysite.serve;

import java.util.List;
import java.util.Map;

/**
 * The site as served at one moment: requests read one snapshot from start to end, so a publish in
 * the middle of a request never mixes two builds.
 *
 * @param files site path ("notes/a.html") to bytes; the arrays are owned by the snapshot, not copied
 * @param version how many times the site was published; pages compare it to see what they missed
 * @param problems the "path:line: warning: message" lines the pages show
 */
record SiteSnapshot(Map<String, byte[]> files, long version, List<String> problems) {
    static final SiteSnapshot EMPTY = new SiteSnapshot(Map.of(), 0, List.of());

    SiteSnapshot {
        files = Map.copyOf(files);
        problems = List.copyOf(problems);
    }
}
