package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.studysite.model.Library;
import org.studysite.testing.Notes;
import org.studysite.testing.SiteHarness;

/**
 * A live preview stops a search as soon as the vault changes again; one left alone runs to the end;
 * it knows a search is still the vault's by its inputs.
 */
class SearchCancellationTest {
    private final Library library = Notes.libraryOf(SiteHarness.fixtureVault()).value();

    @Test
    void aCancelledSearchStopsAndSaysSo() {
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class, () -> new SearchIndexer().index(new SearchIndexer().inputs(library), () -> asked.incrementAndGet() > 0));
        assertTrue(asked.get() > 0, "the search asked whether to stop");
    }

    @Test
    void aSearchNobodyCancelsFinishes() {
        SearchIndexer.SearchBundle bundle = new SearchIndexer().index(new SearchIndexer().inputs(library), () -> false);
        assertFalse(bundle.files().isEmpty());
        assertTrue(bundle.sections() > 0);
    }

    @Test
    void equalLibrariesHaveEqualInputsAndAnEditChangesThem() {
        SearchIndexer indexer = new SearchIndexer();
        Library again = Notes.libraryOf(SiteHarness.fixtureVault()).value();
        assertEquals(indexer.inputs(library), indexer.inputs(again));
        Library edited = Notes.library("a.md", "# A\n\nOne word.\n").value();
        assertNotEquals(indexer.inputs(library), indexer.inputs(edited));
    }
}
