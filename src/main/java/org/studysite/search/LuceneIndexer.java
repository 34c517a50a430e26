package org.studysite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Writes the section index: BM25, our analyzer, one document per section. Documents are added
 * from every core at once, and the index is sorted by {@code ord} (index sorting keeps each
 * flushed segment and the final merge in that order), so after the final merge Lucene's doc id
 * equals {@code ord}; the export relies on that.
 */
final class LuceneIndexer {
    /** Doc values of {@code ord}, which the index is sorted by. */
    private static final String ORD_SORT = "ord_sort";
    private final SearchAnalyzer analyzer;

    LuceneIndexer(SearchAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    Directory index(List<SearchDocument> docs) {
        return index(docs, new ByteBuffersDirectory());
    }

    /** Indexes {@code docs} into {@code dir} (in memory, or the site's search/lucene/ folder) and returns it. */
    Directory index(List<SearchDocument> docs, Directory dir) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity())
                .setMergePolicy(new LogByteSizeMergePolicy())
                .setRAMBufferSizeMB(256)
                // Stored text (for CLI snippets) is most of the index: DEFLATE with shared dictionaries
                // keeps the published Lucene files about a third smaller, at a small cost in indexing.
                .setCodec(new org.apache.lucene.codecs.lucene912.Lucene912Codec(
                        org.apache.lucene.codecs.lucene912.Lucene912Codec.Mode.BEST_COMPRESSION))
                .setIndexSort(new Sort(new SortField(ORD_SORT, SortField.Type.INT)))
                .setUseCompoundFile(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            // IndexWriter takes documents from many threads; the index sort restores section order.
            docs.parallelStream().forEach(doc -> add(writer, doc));
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The section's enclosing headings: its path without its own heading and without the note title. */
    static String parents(SearchDocument d) {
        List<String> path = d.path().isEmpty() ? d.path() : d.path().subList(0, d.path().size() - 1);
        return String.join("\n", path.stream().filter(h -> !h.equals(d.noteTitle())).toList());
    }

    private static void add(IndexWriter writer, SearchDocument doc) {
        try {
            writer.addDocument(toLucene(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StoredField(SearchFields.ORD, d.ord()));
        doc.add(new NumericDocValuesField(ORD_SORT, d.ord()));
        doc.add(new StringField(SearchFields.URL, d.url(), Field.Store.YES));
        doc.add(new StringField(SearchFields.NOTE, d.note().value(), Field.Store.NO));
        doc.add(new TextField(SearchFields.TITLE, d.noteTitle(), Field.Store.YES));
        doc.add(new TextField(SearchFields.HEADING, d.heading(), Field.Store.YES));
        doc.add(new TextField(SearchFields.PARENTS, parents(d), Field.Store.NO));
        doc.add(new StoredField(SearchFields.PATH, String.join(" › ", d.path())));
        doc.add(new TextField(SearchFields.TAGS, String.join(" ", d.tags()), Field.Store.YES));
        doc.add(new TextField(SearchFields.TEXT, d.text(), Field.Store.YES));
        doc.add(new TextField(SearchFields.CODE, d.code(), Field.Store.YES));
        String all = String.join("\n", d.noteTitle(), d.heading(), String.join(" ", d.tags()), d.text(), d.code());
        doc.add(new TextField(SearchFields.SURFACE, all, Field.Store.NO));
        for (String part : List.of(d.noteTitle(), d.heading(), d.text(), d.code())) {
            doc.add(new TextField(SearchFields.PHRASE, part, Field.Store.NO));
        }
        for (String tag : d.tags()) doc.add(new StringField(SearchFields.TAG, tag, Field.Store.NO));
        return doc;
    }
}
