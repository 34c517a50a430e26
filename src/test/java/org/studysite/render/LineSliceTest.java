package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineSliceTest {

    @Test
    void blankOutsideKeepsOnlyTheRegionsLinesAndEveryLineBreak() {
        String md = "# Title\n\n## A `#exam-tip`\ntext a\n\n## B\ntext b\n";
        assertEquals("\n\n## A `#exam-tip`\ntext a\n\n\n\n", LineSlice.blankOutside(md, 3, 4));
        assertEquals(md.split("\n", -1).length, LineSlice.blankOutside(md, 3, 4).split("\n", -1).length, "same line count");
        assertEquals("\n\n\n\n\n\ntext b", LineSlice.blankOutside("1\n2\n3\n4\n5\n6\ntext b", 7, 7), "last line without a break");
    }
}
