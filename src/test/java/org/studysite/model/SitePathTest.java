package org.studysite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SitePathTest {
    private static String url(String from, String to) {
        return new SitePath(from).relativeUrlTo(new SitePath(to));
    }

    @Test
    void goesUpOnlyAsFarAsTheSharedFolder() {
        assertEquals("../b/y.html", url("notes/a/x.html", "notes/b/y.html"));
        assertEquals("y.html", url("notes/a/x.html", "notes/a/y.html"));
        assertEquals("x.html", url("notes/a/x.html", "notes/a/x.html"));
        assertEquals("a/y.html", url("notes/x.html", "notes/a/y.html"));
    }

    @Test
    void reachesOtherTreesThroughTheirCommonAncestor() {
        assertEquals("../../tags/exam-tip.html", url("notes/a/x.html", "tags/exam-tip.html"));
        assertEquals("notes/a/x.html", url("index.html", "notes/a/x.html"));
        assertEquals("../index.html", url("tags/x.html", "index.html"));
    }

    @Test
    void comparesWholeFolderNamesNotPrefixes() {
        // "notes/ab" and "notes/a" share "notes/" only, not "notes/a".
        assertEquals("../a/y.html", url("notes/ab/x.html", "notes/a/y.html"));
        assertEquals("../../tags.html", url("notes/a/x.html", "tags.html"));
    }

    @Test
    void refusesPathsThatLeaveTheSite() {
        assertThrows(IllegalArgumentException.class, () -> new SitePath("../x.html"));
        assertThrows(IllegalArgumentException.class, () -> new SitePath("/x.html"));
    }
}
