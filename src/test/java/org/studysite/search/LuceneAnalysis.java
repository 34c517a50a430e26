package org.studysite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Lucene's own analysis, token by token, as the index used to run it on every field: the oracle
 * that {@link SectionWords} (every text split once, each word stemmed once) must agree with.
 */
final class LuceneAnalysis {
    static final Analyzer SURFACE = chain(false, false, false);
    static final Analyzer STEMMED = chain(false, true, false);
    static final Analyzer SCORING = chain(true, true, false);
    static final Analyzer PAIRS = chain(false, true, true);

    private LuceneAnalysis() {
    }

    private static Analyzer chain(boolean removeStopWords, boolean stem, boolean shingles) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(SearchAnalyzer::isWordChar);
                TokenStream stream = new LowerCaseFilter(tokenizer);
                if (removeStopWords) stream = new StopFilter(stream, SearchAnalyzer.STOP_WORDS);
                if (stem) stream = new PorterStemFilter(stream);
                if (shingles) {
                    ShingleFilter pairs = new ShingleFilter(stream, 2, 2);
                    pairs.setOutputUnigrams(false);
                    stream = pairs;
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) tokens.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** "stem stem" -> sections, from the shingles of each section's title, heading, text and code. */
    static Map<String, TreeSet<Integer>> phrasePairs(List<SearchDocument> docs) {
        Map<String, TreeSet<Integer>> pairs = new TreeMap<>();
        for (SearchDocument d : docs) {
            for (String part : List.of(d.noteTitle(), d.heading(), d.text(), d.code())) {
                for (String pair : tokens(PAIRS, part)) pairs.computeIfAbsent(pair, p -> new TreeSet<>()).add(d.ord());
            }
        }
        return pairs;
    }

    /** The scored fields as the index used to hold them: TextFields analysed by Lucene, one writer thread. */
    static Directory referenceIndex(List<SearchDocument> docs) {
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(SCORING).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (SearchDocument d : docs) {
                Document doc = new Document();
                doc.add(new StringField(SearchFields.NOTE, d.note().value(), Field.Store.NO));
                doc.add(new TextField(SearchFields.TITLE, d.noteTitle(), Field.Store.NO));
                doc.add(new TextField(SearchFields.HEADING, d.heading(), Field.Store.NO));
                doc.add(new TextField(SearchFields.PARENTS, LuceneIndexer.parents(d), Field.Store.NO));
                doc.add(new TextField(SearchFields.TAGS, String.join(" ", d.tags()), Field.Store.NO));
                doc.add(new TextField(SearchFields.TEXT, d.text(), Field.Store.NO));
                doc.add(new TextField(SearchFields.CODE, d.code(), Field.Store.NO));
                for (String tag : d.tags()) doc.add(new StringField(SearchFields.TAG, tag, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
