package org.studysite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the Lucene index of a built site, as {@code studysite search} does: the same query as
 * the browser, ranked by score then index order. Words, phrase pairs and what a result shows come
 * from the site's browser export ({@link ExportedIndex}); a result's snippet is its excerpt with
 * the matched words marked by Lucene's UnifiedHighlighter.
 */
public final class LuceneSearcher implements AutoCloseable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final ExportedIndex export;
    private final QueryBuilder queries;
    private final UnifiedHighlighter highlighter;

    private LuceneSearcher(DirectoryReader reader, ExportedIndex export) throws IOException {
        SearchAnalyzer analyzer = new SearchAnalyzer();
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.export = export;
        this.queries = new QueryBuilder(export.vocabulary(analyzer), (first, second) -> {
            try {
                return export.phraseDocs(first, second);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer.scoring())
                .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
                .build();
    }

    /**
     * Opens the index under {@code site}; empty if the site has none. An index that is there but
     * cannot be read as the build wrote it is a {@link DamagedIndexException}; a file that may not
     * be read stays an {@link AccessDeniedException}.
     */
    public static Optional<LuceneSearcher> open(Path site) throws IOException {
        Path dir = site.resolve(SearchIndexer.LUCENE_DIR);
        Path export = dir.getParent();
        if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir)) || !Files.isRegularFile(export.resolve("meta.js"))) {
            return Optional.empty();
        }
        DirectoryReader reader;
        try {
            reader = DirectoryReader.open(FSDirectory.open(dir));
        } catch (AccessDeniedException e) {
            throw e;
        } catch (IOException e) {
            throw DamagedIndexException.lucene(export, e);
        }
        try {
            return Optional.of(new LuceneSearcher(reader, ExportedIndex.open(export)));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    public List<SearchHit> search(SearchQuery query, int limit) throws IOException {
        try {
            return hits(query, limit);
        } catch (AccessDeniedException | DamagedIndexException e) {
            throw e;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof DamagedIndexException damaged) throw damaged;
            throw e;
        } catch (IOException e) {
            throw DamagedIndexException.lucene(export.dir(), e); // Lucene reads its files as it searches
        }
    }

    private List<SearchHit> hits(SearchQuery query, int limit) throws IOException {
        TopDocs top = ranked(queries.build(query, true), limit);
        if (top.scoreDocs.length == 0) {
            // No section has every word: rank those with any of them (the same sums, more sections).
            top = ranked(queries.build(query, false), limit);
        }
        Query marked = queries.textTerms(query);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            ExportedIndex.Shown shown = export.shown(sd.doc); // doc id == ord (LuceneIndexer)
            hits.add(new SearchHit(sd.doc, shown.url(), shown.noteTitle(), shown.heading(), shown.path(), shown.tags(), sd.score,
                    snippet(marked, shown.excerpt())));
        }
        return hits;
    }

    /** Score, then index order: Lucene's own tie-break, spelled out so the browser can match it. */
    private TopDocs ranked(Query query, int limit) throws IOException {
        return searcher.search(query, Math.max(1, limit), new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC), true);
    }

    /** The excerpt's passage with the most matches, matched words in brackets; the excerpt if none match. */
    private String snippet(Query marked, String excerpt) throws IOException {
        Object passage = highlighter.highlightWithoutSearcher(SearchFields.TEXT, marked, excerpt, 1);
        return passage instanceof String s && !s.isEmpty() ? s : excerpt;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
