package org.studysite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.studysite.model.NoteId;
import org.studysite.model.RelatedSection;

/**
 * For every note, the {@link #LIMIT} sections of other notes most like it: Lucene's MoreLikeThis ({@link LikeQuery})
 * picks the note's most telling words (by tf-idf over the section index, from its headings and
 * prose) and ranks sections by them with BM25. Words in many sections say nothing about a topic
 * ("overview", "use"), so they are left out (which also keeps each query cheap on a large vault:
 * with a fifth of all sections allowed, 10,000 notes were still running after ten minutes); one other note gives at most
 * {@link #PER_NOTE} of them. Ties go to index order, so the lists are the same for the same vault.
 */
final class RelatedSections {
    static final int LIMIT = 5;
    /** A long glossary matches everything a little: at most this many places per other note, for variety. */
    static final int PER_NOTE = 2;
    /** A word in more sections than this (or 2% of all, if more) says nothing about a topic; also what keeps each query cheap... */
    static final int MIN_COMMON = 25;
    /**
     * ...and never more than this many: a query's cost is the postings of its words, so a share of a
     * growing vault made every query slower as the vault grew (10,000 notes: words in up to 6,000 sections,
     * 8% of the build). A word in a thousand sections is no longer telling of a topic anyway.
     */
    static final int MAX_COMMON = 1000;
    static final int MAX_TERMS = 15;

    private final Cancellation cancellation;

    RelatedSections() {
        this(Cancellation.NEVER);
    }

    RelatedSections(Cancellation cancellation) {
        this.cancellation = cancellation;
    }

    SortedMap<NoteId, List<RelatedSection>> find(Directory index, List<SearchDocument> docs, SectionWords words) {
        SortedMap<NoteId, List<SearchDocument>> byNote = new TreeMap<>();
        for (SearchDocument d : docs) byNote.computeIfAbsent(d.note(), n -> new ArrayList<>()).add(d);
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            LikeQuery like = new LikeQuery(reader, words, 2, 2, Math.max(MIN_COMMON, Math.min(MAX_COMMON, reader.numDocs() / 50)), MAX_TERMS);
            List<NoteId> notes = new ArrayList<>(byNote.keySet());
            // Notes are independent queries over one reader: parallel, collected in note order.
            List<List<RelatedSection>> found = notes.parallelStream()
                    .map(n -> {
                        cancellation.check();
                        return related(searcher, like, n, byNote.get(n), docs);
                    }).toList();
            SortedMap<NoteId, List<RelatedSection>> related = new TreeMap<>();
            for (int i = 0; i < notes.size(); i++) if (!found.get(i).isEmpty()) related.put(notes.get(i), found.get(i));
            return related;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RelatedSection> related(IndexSearcher searcher, LikeQuery likeQuery, NoteId note,
                                                List<SearchDocument> sections, List<SearchDocument> docs) {
        try {
            // A note's sections are consecutive in the index (SearchDocuments adds them note by note).
            Query like = likeQuery.of(sections.get(0).ord(), sections.get(sections.size() - 1).ord() + 1);
            if (like instanceof BooleanQuery b && b.clauses().isEmpty()) return List.of();
            Query others = new BooleanQuery.Builder().add(like, Occur.MUST)
                    .add(new TermQuery(new Term(SearchFields.NOTE, note.value())), Occur.MUST_NOT).build();
            List<RelatedSection> related = new ArrayList<>();
            Map<NoteId, Integer> perNote = new TreeMap<>();
            // Hits are not counted past the top ones, so Lucene skips sections that cannot enter them (same top, far less work).
            TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(LIMIT * 4, LIMIT * 4);
            for (ScoreDoc hit : searcher.search(others, top).scoreDocs) {
                SearchDocument d = docs.get(hit.doc); // doc id == ord (LuceneIndexer adds in order, one segment)
                if (perNote.merge(d.note(), 1, Integer::sum) > PER_NOTE) continue;
                related.add(new RelatedSection(d.note(), d.anchor(), d.path()));
                if (related.size() == LIMIT) break;
            }
            return related;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
