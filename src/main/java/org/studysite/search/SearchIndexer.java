package org.studysite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.studysite.model.Library;
import org.studysite.model.NoteId;
import org.studysite.model.RelatedSection;
import org.studysite.model.OutputFile;
import org.studysite.model.SitePath;

/**
 * The search stage: every section's words split once ({@link SectionWords}), one Lucene document
 * per section holding what ranking needs, written under search/lucene/ (for {@code studysite
 * search}; Lucene's segment ids are random, so this is the one part of the site that differs
 * between builds), and the browser export under search/, which is byte-identical for the same
 * vault and which the CLI reads too. The same index gives each note its related sections
 * (MoreLikeThis), which note pages show: so this stage runs before render.
 *
 * <p>Two ways to the same bytes: build writes the Lucene index and reads each term's scores back
 * from it ({@link TermScores}); a live preview, where search is what the writer waits for after a
 * save, counts them from the words ({@link WordScores}) and hands the browser's files over before
 * it writes Lucene's index and finds related sections.
 */
public final class SearchIndexer {
    public static final String LUCENE_DIR = "search/lucene";
    /**
     * Postings per term kept in its shard; measured with the benchmark (bench/SearchBenchmark): at
     * 10,000 of the first, smaller synthetic notes, a first two-word query of common words loaded
     * 143 KB with 512, 127 KB with 1,024, 123 KB with 2,048 (bigger shards for every query).
     */
    public static final int DEFAULT_HEAD_SIZE = 1024;
    /** Postings per block of a term's lower tiers (PostingTiers); measured with the same benchmark. */
    public static final int DEFAULT_BLOCK_POSTINGS = 256;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final int headSize;
    private final int blockPostings;
    private final SectionWords.Memo memo;

    public SearchIndexer() {
        this(DEFAULT_HEAD_SIZE, DEFAULT_BLOCK_POSTINGS);
    }

    /**
     * A search stage for a live preview, which indexes the same vault again after each save: it
     * keeps each note's split words and splits again only the notes that changed (a third of a
     * second at 1,000 notes, of the two the stage takes).
     */
    public static SearchIndexer remembering() {
        return new SearchIndexer(DEFAULT_HEAD_SIZE, DEFAULT_BLOCK_POSTINGS, true);
    }

    /**
     * @param headSize how many postings of a term load with its shard; the rest load only when needed
     * @param blockPostings how many of the rest make one block file
     */
    public SearchIndexer(int headSize, int blockPostings) {
        this(headSize, blockPostings, false);
    }

    private SearchIndexer(int headSize, int blockPostings, boolean remembering) {
        this.headSize = headSize;
        this.blockPostings = blockPostings;
        this.memo = new SectionWords.Memo(remembering);
    }

    /** The search files of the site, how many sections they index, and each note's related sections. */
    public record SearchBundle(List<OutputFile> files, int sections, SortedMap<NoteId, List<RelatedSection>> related) {
        public SearchBundle {
            files = List.copyOf(files);
        }

        /** No index: for builds that write nothing (check), where pages are rendered only to find errors. */
        public static SearchBundle empty() {
            return new SearchBundle(List.of(), 0, new TreeMap<>());
        }
    }

    /**
     * All the stage reads of a library: its sections as search documents. The bundle is a function of
     * these alone, so a live preview can tell that a search it started on a vault patched with a
     * saved note is the search of the vault its full rebuild then made (equal inputs).
     */
    public record Inputs(List<SearchDocument> docs) {
        public Inputs {
            docs = List.copyOf(docs);
        }
    }

    public Inputs inputs(Library library) {
        return new Inputs(new SearchDocuments().from(library));
    }

    public SearchBundle index(Library library) {
        return index(inputs(library), () -> false);
    }

    /**
     * Like {@link #index(Library)}, stopping with a {@link java.util.concurrent.CancellationException}
     * soon after {@code cancelled} turns true (a live preview's vault changed again).
     */
    public SearchBundle index(Inputs inputs, java.util.function.BooleanSupplier cancelled) {
        return index(inputs, cancelled, files -> { });
    }

    /**
     * As {@link #index(Inputs, java.util.function.BooleanSupplier)}, handing the search files to
     * {@code filesReady} as soon as they are made, before related sections are found: a live preview
     * publishes them at once, since search is what the writer waits for, and related sections only
     * change pages (a third of a second more at 1,000 notes).
     */
    public SearchBundle index(Inputs inputs, java.util.function.BooleanSupplier cancelled, Consumer<List<OutputFile>> filesReady) {
        Cancellation cancellation = new Cancellation(cancelled);
        List<SearchDocument> docs = inputs.docs();
        SectionWords words = SectionWords.of(docs, analyzer, memo, cancellation);
        BrowserIndexExporter exporter = new BrowserIndexExporter(headSize, blockPostings, cancellation);
        ExecutorService beside = Executors.newSingleThreadExecutor();
        try (Directory index = new ByteBuffersDirectory()) {
            // The browser's files first, postings counted from the words (WordScores) while the
            // vocabulary and results are written beside; then Lucene's index and related sections.
            Future<BrowserIndexExporter.Lexicon> lexicon = beside.submit(() -> exporter.exportWords(docs, words));
            List<OutputFile> postings = exporter.exportIndex(docs, words, () -> done(lexicon));
            List<OutputFile> files = new ArrayList<>(done(lexicon).files());
            files.addAll(postings);
            filesReady.accept(List.copyOf(files));
            new LuceneIndexer(cancellation).index(docs, words, index);
            for (String name : index.listAll()) {
                if (name.equals("write.lock")) continue;
                files.add(new OutputFile(new SitePath(LUCENE_DIR + "/" + name), read(index, name)));
            }
            SortedMap<NoteId, List<RelatedSection>> related = new RelatedSections(cancellation).find(index, docs, words);
            return new SearchBundle(files, docs.size(), related);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            beside.shutdownNow();
        }
    }

    /**
     * Like {@link #index(Library)}, with the Lucene index written straight into {@code lucene} (the
     * write stage hands over the site's {@value #LUCENE_DIR} folder): at 10,000 notes the index
     * is hundreds of MB, and holding it in memory, then again as output files, doubled the peak.
     * The bundle's files are the browser export only.
     */
    public SearchBundle index(Library library, Directory lucene) {
        return index(inputs(library).docs(), lucene, Cancellation.NEVER);
    }

    /** The build's way: the index written, then the export read back from it (package-private for tests that hold the preview's way to it). */
    SearchBundle index(List<SearchDocument> docs, Directory lucene, Cancellation cancellation) {
        SectionWords words = SectionWords.of(docs, analyzer);
        BrowserIndexExporter exporter = new BrowserIndexExporter(headSize, blockPostings, cancellation);
        ExecutorService beside = Executors.newSingleThreadExecutor();
        try {
            // Lucene takes the documents from one thread (that keeps doc id == ord); what the export
            // needs no index for is written meanwhile, and related sections are found while the
            // postings are exported.
            Future<BrowserIndexExporter.Lexicon> lexicon = beside.submit(() -> exporter.exportWords(docs, words));
            Directory index = new LuceneIndexer(cancellation).index(docs, words, lucene);
            Future<SortedMap<NoteId, List<RelatedSection>>> related = beside.submit(() -> new RelatedSections(cancellation).find(index, docs, words));
            List<OutputFile> files = new ArrayList<>(done(lexicon).files());
            files.addAll(exporter.exportIndex(index, docs, words, done(lexicon)));
            return new SearchBundle(files, docs.size(), done(related));
        } finally {
            beside.shutdown();
        }
    }

    /** The task's result; its failure as if it had failed on this thread. */
    static <T> T done(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search stage interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static byte[] read(Directory dir, String name) throws IOException {
        try (IndexInput in = dir.openInput(name, IOContext.READONCE)) {
            byte[] bytes = new byte[Math.toIntExact(in.length())];
            in.readBytes(bytes, 0, bytes.length);
            return bytes;
        }
    }
}
