package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The print header's name goes into a CSS string inside a style element: nothing may break out of either. */
class PrintHeaderTest {
    @Test
    void plainNamesStayReadable() {
        assertEquals("@page cheatsheet { @top-center { content: \"#exam-tip\"; } }", PrintHeader.css("#exam-tip"));
    }

    @Test
    void quotesBackslashesAndMarkupAreEscaped() {
        // Each escape ends with one space that CSS consumes, so this reads: Say "hi" \ </style> été
        assertEquals("Say \\22 hi\\22  \\5c  \\3c \\2f style\\3e  \\e9 t\\e9 ", PrintHeader.escaped("Say \"hi\" \\ </style> été"));
    }
}
