package org.studysite.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
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
 * the browser, ranked by score then index order, with snippets from Lucene's UnifiedHighlighter.
 */
public final class LuceneSearcher implements AutoCloseable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final QueryBuilder queries;

    private LuceneSearcher(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.queries = new QueryBuilder(new Vocabulary(reader, analyzer));
    }

    /** Opens the index under {@code site}; empty if the site has none. */
    public static java.util.Optional<LuceneSearcher> open(Path site) throws IOException {
        Path dir = site.resolve(SearchIndexer.LUCENE_DIR);
        if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) return java.util.Optional.empty();
        return java.util.Optional.of(new LuceneSearcher(DirectoryReader.open(FSDirectory.open(dir))));
    }

    public List<SearchHit> search(SearchQuery query, int limit) throws IOException {
        Query lucene = queries.build(query, true);
        TopDocs top = ranked(lucene, limit);
        if (top.scoreDocs.length == 0) {
            // No section has every word: rank those with any of them (the same sums, more sections).
            lucene = queries.build(query, false);
            top = ranked(lucene, limit);
        }
        String[] snippets = highlight(lucene, top);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = searcher.storedFields().document(sd.doc);
            hits.add(new SearchHit(doc.getField(SearchFields.ORD).numericValue().intValue(), doc.get(SearchFields.URL),
                    doc.get(SearchFields.TITLE), doc.get(SearchFields.HEADING), doc.get(SearchFields.PATH),
                    Arrays.asList(doc.get(SearchFields.TAGS).split(" ")).stream().filter(t -> !t.isEmpty()).toList(),
                    sd.score, snippets[i] != null ? snippets[i] : shorten(doc.get(SearchFields.TEXT))));
        }
        return hits;
    }

    /** Score, then index order: Lucene's own tie-break, spelled out so the browser can match it. */
    private TopDocs ranked(Query query, int limit) throws IOException {
        return searcher.search(query, Math.max(1, limit), new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC), true);
    }

    private String[] highlight(Query query, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) return new String[0];
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer.indexing())
                .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
                .withMaxLength(10_000)
                .build();
        return highlighter.highlight(SearchFields.TEXT, query, top, 1);
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
