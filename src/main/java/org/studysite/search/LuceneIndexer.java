package org.studysite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Writes the section index: BM25, one document per section, holding only what ranking and filters
 * read: the scored fields' stems with their frequencies and lengths (no positions: no query needs
 * them; phrases are matched by word pairs, {@link PhrasePairs}), tags and the note. Nothing is
 * stored: what a result shows is in the browser export, which the CLI reads too. The words come
 * analysed already ({@link SectionWords}); documents are added in section order from one thread
 * and the merge policy keeps segments in order, so Lucene's doc id equals {@code ord}; the export
 * relies on that.
 */
final class LuceneIndexer {
    /** Scored text: stems with frequencies, and norms (lengths) for BM25. */
    static final FieldType SCORED = scored();

    private final Cancellation cancellation;

    LuceneIndexer() {
        this(Cancellation.NEVER);
    }

    LuceneIndexer(Cancellation cancellation) {
        this.cancellation = cancellation;
    }

    private static FieldType scored() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    Directory index(List<SearchDocument> docs, SectionWords words) {
        return index(docs, words, new ByteBuffersDirectory());
    }

    /**
     * Documents buffered before Lucene writes a segment. 256 MB held 190 MB of buffers on top of the
     * notes at 10,000 notes, the build's peak; 64 MB costs a few more segments to merge (one at the end).
     */
    static final int RAM_BUFFER_MB = 64;

    /** Indexes {@code docs} into {@code dir} (in memory, or the site's search/lucene/ folder) and returns it. */
    Directory index(List<SearchDocument> docs, SectionWords words, Directory dir) {
        IndexWriterConfig config = new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity())
                // Merges only neighbours, in order: with documents added in order, doc id stays ord.
                .setMergePolicy(new LogByteSizeMergePolicy())
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            try {
                for (int i = 0; i < docs.size(); i++) {
                    if (i % 256 == 0) cancellation.check();
                    writer.addDocument(toLucene(docs.get(i), words.sections().get(i), words));
                }
            } catch (java.util.concurrent.CancellationException e) {
                // Closing would commit what was added (flush, merge: CPU a newer save needs); drop it.
                writer.rollback();
                throw e;
            }
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

    private static Document toLucene(SearchDocument d, SectionWords.Parts p, SectionWords words) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.NOTE, d.note().value(), Field.Store.NO));
        doc.add(scored(SearchFields.TITLE, p.title(), words));
        doc.add(scored(SearchFields.HEADING, p.heading(), words));
        doc.add(scored(SearchFields.PARENTS, p.parents(), words));
        doc.add(scored(SearchFields.TAGS, p.tags(), words));
        doc.add(scored(SearchFields.TEXT, p.text(), words));
        doc.add(scored(SearchFields.CODE, p.code(), words));
        for (String tag : d.tags()) doc.add(new StringField(SearchFields.TAG, tag, Field.Store.NO));
        return doc;
    }

    private static Field scored(String name, int[] ids, SectionWords words) {
        return new Field(name, new Stems(ids, words), SCORED);
    }

    /**
     * A part's stems as Lucene's scoring analysis gives them (SearchAnalyzer#indexing: stop words
     * left out, the rest stemmed), from words split once. Positions are not indexed, so each token
     * simply follows the one before.
     */
    static final class Stems extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final int[] ids;
        private final SectionWords words;
        private int at;

        Stems(int[] ids, SectionWords words) {
            this.ids = ids;
            this.words = words;
        }

        @Override
        public boolean incrementToken() {
            while (at < ids.length) {
                int w = ids[at++];
                if (words.isStopWord(w)) continue;
                clearAttributes();
                term.setEmpty().append(words.stem(w));
                return true;
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            at = 0;
        }
    }
}
