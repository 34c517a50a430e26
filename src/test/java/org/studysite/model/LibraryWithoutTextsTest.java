package org.studysite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.studysite.testing.Notes;

/** After search the build drops the notes' search texts; everything pages are made from stays. */
class LibraryWithoutTextsTest {
    @Test
    void dropsOnlyTheSearchTexts() {
        Library full = Notes.library(
                "a.md", "# A\n\n## Overview `#exam-tip`\n\nText of A, see [[b]].\n\n| x | y |\n|---|---|\n| 1 | 2 |\n",
                "b.md", "# B ✅\n\n## Overview\n\nText of B.\n").value();
        Library pages = full.withoutSearchTexts();
        assertFalse(full.note(new NoteId("a")).texts().isEmpty());
        for (Note before : full.notes()) {
            Note after = pages.note(before.id());
            assertTrue(after.texts().isEmpty());
            assertEquals(before.markdown(), after.markdown());
            assertEquals(before.withoutTexts(), after);
            assertEquals(before.sections(), after.sections());
            assertEquals(before.tables(), after.tables());
        }
        assertEquals(full.tags(), pages.tags());
        assertEquals(full.topics(), pages.topics());
        assertEquals(full.backlinks(), pages.backlinks());
        assertEquals(full.pages(), pages.pages());
    }
}
