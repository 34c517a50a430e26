package org.studysite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.studysite.model.Library;
import org.studysite.model.OutputFile;
import org.studysite.testing.Notes;
import org.studysite.testing.SiteHarness;

/**
 * A live preview's search stage keeps each note's split words between searches and counts postings
 * from the words, not read back from Lucene: what it makes after an edit must be what build makes of
 * the edited vault, byte for byte; and it hands over the search files before the Lucene index and
 * related sections.
 */
class RememberingSearchTest {
    private final Library library = Notes.libraryOf(SiteHarness.fixtureVault()).value();
    private final SearchIndexer.Inputs inputs = new SearchIndexer().inputs(library);

    @Test
    void afterAnEditItMakesWhatAFreshStageMakes() {
        SearchIndexer preview = SearchIndexer.remembering();
        preview.index(inputs, () -> false);
        for (SearchIndexer.Inputs edited : List.of(edited("jobs", "zymurgy jobs"), edited("the", "a brand-new phrase: the"), inputs)) {
            SearchIndexer.SearchBundle fresh = built(edited);
            SearchIndexer.SearchBundle remembered = preview.index(edited, () -> false);
            assertEquals(browserFiles(fresh), browserFiles(remembered));
            assertEquals(fresh.related(), remembered.related());
        }
        assertNotEquals(browserFiles(built(inputs)), browserFiles(built(edited("jobs", "zymurgy jobs"))), "the edit shows in the export");
    }

    @Test
    void theBrowsersFilesComeFirstAndAreTheBundles() {
        List<List<OutputFile>> handed = new ArrayList<>();
        SearchIndexer.SearchBundle bundle = SearchIndexer.remembering().index(inputs, () -> false, handed::add);
        assertEquals(1, handed.size());
        List<OutputFile> lucene = bundle.files().stream().filter(f -> f.path().value().startsWith(SearchIndexer.LUCENE_DIR + "/")).toList();
        assertTrue(handed.get(0).stream().noneMatch(lucene::contains), "Lucene's files come after");
        assertFalse(lucene.isEmpty());
        assertEquals(bundle.files().stream().filter(f -> !lucene.contains(f)).toList(), handed.get(0));
    }

    /** What build makes of {@code inputs}: the Lucene index written, then the export read back from it. */
    private static SearchIndexer.SearchBundle built(SearchIndexer.Inputs inputs) {
        return new SearchIndexer().index(inputs.docs(), new org.apache.lucene.store.ByteBuffersDirectory(), Cancellation.NEVER);
    }

    /** The inputs with the first section whose text has {@code word} edited: {@code word} becomes {@code with}. */
    private SearchIndexer.Inputs edited(String word, String with) {
        List<SearchDocument> docs = new ArrayList<>(inputs.docs());
        for (int i = 0; i < docs.size(); i++) {
            SearchDocument d = docs.get(i);
            if (!d.text().contains(" " + word + " ")) continue;
            docs.set(i, new SearchDocument(d.ord(), d.note(), d.anchor(), d.url(), d.noteTitle(), d.heading(), d.path(), d.tags(),
                    d.text().replaceFirst(" " + word + " ", " " + with + " "), d.code()));
            return new SearchIndexer.Inputs(docs);
        }
        throw new AssertionError("no section has '" + word + "'");
    }

    /** The export the browser reads (Lucene's own files differ between runs: random segment ids). */
    private static Map<String, String> browserFiles(SearchIndexer.SearchBundle bundle) {
        Map<String, String> files = new TreeMap<>();
        for (OutputFile f : bundle.files()) {
            if (!f.path().value().startsWith(SearchIndexer.LUCENE_DIR)) files.put(f.path().value(), java.util.Base64.getEncoder().encodeToString(f.bytes()));
        }
        return files;
    }
}
