package org.studysite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.SectionText;
import org.studysite.model.TagScope;
import org.studysite.model.TaggedRegion;
import org.studysite.url.Hrefs;

/** One {@link SearchDocument} per section of every note page, in note-id then document order. */
final class SearchDocuments {

    List<SearchDocument> from(Library library) {
        List<SearchDocument> docs = new ArrayList<>();
        for (Note note : library.pageNotes()) {
            String page = Hrefs.fromRoot(library.pages().get(note.id()));
            List<SectionText> texts = note.texts();
            for (int i = 0; i < texts.size(); i++) {
                SectionText s = texts.get(i);
                int end = i + 1 < texts.size() ? texts.get(i + 1).line() - 1 : Integer.MAX_VALUE;
                docs.add(new SearchDocument(docs.size(), note.id(), s.anchor(), page + Hrefs.fragment(s.anchor()),
                        note.title(), s.heading(), s.path(), tags(library.regions().get(note.id()), s.line(), end),
                        s.text(), s.code()));
            }
        }
        return docs;
    }

    /** Tags on the whole note, on a section enclosing this one, or on a block inside this one. */
    private static List<String> tags(List<TaggedRegion> regions, int start, int end) {
        TreeSet<String> tags = new TreeSet<>();
        for (TaggedRegion r : regions == null ? List.<TaggedRegion>of() : regions) {
            boolean encloses = r.scope() != TagScope.BLOCK && r.startLine() <= start && start <= r.endLine();
            boolean inside = r.scope() == TagScope.BLOCK && start <= r.startLine() && r.startLine() <= end;
            if (encloses || inside) tags.add(r.tag().name());
        }
        return List.copyOf(tags);
    }
}
