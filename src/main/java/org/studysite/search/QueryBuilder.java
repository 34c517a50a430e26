package org.studysite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query for a {@link SearchQuery}; search.js computes the same sum from the export:
 * <pre>
 * score(doc) = Σ over words w of  max over w's terms t of  weight(t) · Σ over fields f of boost(f) · BM25_f(t, doc)
 * </pre>
 * where weight is 1 for the word's own term and {@link #VARIANT_WEIGHT} for prefix/typo variants.
 * Sections with all the words come first: {@link LuceneSearcher} asks for all words and, only if no
 * section has them all, for any word. Phrases (all their stemmed word pairs) and tags are filters.
 */
final class QueryBuilder {
    static final float VARIANT_WEIGHT = 0.8f;
    private final Vocabulary vocabulary;
    private final PhraseSections phrases;

    /** The sections of a phrase pair: where stem id {@code first} is followed by stem id {@code second}, ascending. */
    interface PhraseSections {
        int[] of(int first, int second);
    }

    QueryBuilder(Vocabulary vocabulary, PhraseSections phrases) {
        this.vocabulary = vocabulary;
        this.phrases = phrases;
    }

    /** @param requireAll every scored word must match (else at least one) */
    Query build(SearchQuery query, boolean requireAll) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        int scored = 0;
        for (int i = 0; i < query.words().size(); i++) {
            boolean prefix = query.lastIsPrefix() && i == query.words().size() - 1;
            Vocabulary.Variants variants = vocabulary.variants(query.words().get(i), prefix);
            if (variants.isEmpty()) continue;
            root.add(wordQuery(variants), Occur.SHOULD);
            scored++;
        }
        for (List<String> phrase : query.phrases()) root.add(phraseFilter(phrase), Occur.FILTER);
        for (String tag : query.tags()) root.add(new TermQuery(new Term(SearchFields.TAG, tag)), Occur.FILTER);
        if (scored == 0 && query.phrases().isEmpty() && query.tags().isEmpty()) return new MatchNoDocsQuery();
        if (scored > 0) root.setMinimumNumberShouldMatch(requireAll ? scored : 1);
        return root.build();
    }

    private static Query wordQuery(Vocabulary.Variants variants) {
        List<Query> alternatives = new ArrayList<>();
        variants.exact().ifPresent(t -> alternatives.add(fieldsQuery(t)));
        for (String t : variants.others()) alternatives.add(new BoostQuery(fieldsQuery(t), VARIANT_WEIGHT));
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
    }

    static Query fieldsQuery(String term) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> f : SearchFields.BOOSTS.entrySet()) {
            fields.add(new BoostQuery(new TermQuery(new Term(f.getKey(), term)), f.getValue()), Occur.SHOULD);
        }
        return fields.build();
    }

    /** Every adjacent pair of stems must occur; a phrase with a word the vault lacks matches nothing. */
    private Query phraseFilter(List<String> words) {
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i);
            String b = words.get(i + 1);
            if (!vocabulary.contains(a) || !vocabulary.contains(b)) return new MatchNoDocsQuery();
            int[] sections = phrases.of(vocabulary.stemId(vocabulary.stem(a)), vocabulary.stemId(vocabulary.stem(b)));
            if (sections.length == 0) return new MatchNoDocsQuery();
            pairs.add(new SectionSetQuery(sections), Occur.FILTER);
        }
        return pairs.build();
    }

    /** The terms a query's words stand for in the text field, any of them: what a snippet marks. */
    Query textTerms(SearchQuery query) {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (int i = 0; i < query.words().size(); i++) {
            boolean prefix = query.lastIsPrefix() && i == query.words().size() - 1;
            Vocabulary.Variants variants = vocabulary.variants(query.words().get(i), prefix);
            variants.exact().ifPresent(t -> terms.add(new TermQuery(new Term(SearchFields.TEXT, t)), Occur.SHOULD));
            for (String t : variants.others()) terms.add(new TermQuery(new Term(SearchFields.TEXT, t)), Occur.SHOULD);
        }
        return terms.build();
    }
}
