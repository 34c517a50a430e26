package org.studysite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The one analysis of search text, built from Lucene's own filters: words are runs of letters,
 * digits and '_' (so {@code scale_pos_weight} stays one word), lower-cased, English stop words
 * (Lucene's list plus the "s" and "t" left by apostrophes) removed, Porter-stemmed: EnglishAnalyzer's
 * chain with a tokenizer the browser can reproduce exactly with {@code /[^\p{L}\p{Nd}_]+/u}. The
 * browser never stems: it looks up the surface-word -> term map this analyzer exported.
 */
public final class SearchAnalyzer {
    static final CharArraySet STOP_WORDS = stopWords();
    private final Analyzer scoring = chain(true, true);
    private final Analyzer surface = chain(false, false);
    private final Analyzer stemming = chain(false, true);

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.add("s");
        set.add("t");
        return CharArraySet.unmodifiableSet(set);
    }

    /** Whether a code point belongs to a word: Java's letters and decimal digits, and '_'. */
    static boolean isWordChar(int c) {
        return Character.isLetter(c) || Character.isDigit(c) || c == '_';
    }

    private static Analyzer chain(boolean removeStopWords, boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(SearchAnalyzer::isWordChar);
                TokenStream stream = new LowerCaseFilter(tokenizer);
                if (removeStopWords) stream = new StopFilter(stream, STOP_WORDS);
                if (stem) stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /**
     * The analysis of the scored fields: words lower-cased, stop words left out, the rest stemmed.
     * The index gets the same terms from {@link SectionWords} (split once, stemmed once per word).
     */
    public Analyzer scoring() {
        return scoring;
    }

    /** The words of a text as written, lower-cased (stop words kept, nothing stemmed): the surface words. */
    List<String> words(String text) {
        return tokens(surface, text);
    }

    /** The stem of one surface word, stop word or not (phrase pairs keep stop words). */
    String stem(String surfaceWord) {
        List<String> tokens = tokens(stemming, surfaceWord);
        return tokens.isEmpty() ? "" : tokens.get(0);
    }

    boolean isStopWord(String surfaceWord) {
        return STOP_WORDS.contains(surfaceWord);
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
}
