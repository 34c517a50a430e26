package org.studysite.search;

import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches the given sections (doc ids, which are section ords), for a filter whose sections come
 * from outside the index: a phrase pair's, read from the export ({@link ExportedIndex}).
 */
final class SectionSetQuery extends Query {
    private final int[] sections;

    /** @param sections doc ids, ascending */
    SectionSetQuery(int[] sections) {
        this.sections = sections.clone();
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                int base = context.docBase;
                int max = context.reader().maxDoc();
                FixedBitSet bits = new FixedBitSet(max);
                int n = 0;
                for (int doc : sections) {
                    if (doc >= base && doc < base + max) {
                        bits.set(doc - base);
                        n++;
                    }
                }
                return n == 0 ? null : new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(bits, n));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return true;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "sections" + Arrays.toString(sections);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(sections, ((SectionSetQuery) other).sections);
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + Arrays.hashCode(sections);
    }
}
