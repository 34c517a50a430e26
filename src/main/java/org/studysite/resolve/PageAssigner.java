package org.studysite.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.SitePath;

/**
 * Where each note is written: {@code notes/<path>.html}, lower case, white space to '-'. The root
 * index.md becomes the home page. Two notes that would share a path (Foo.md, foo.md) keep apart
 * with a numeric suffix, in id order, so the result is stable.
 */
final class PageAssigner {

    SortedMap<NoteId, SitePath> assign(List<Note> notes, Optional<NoteId> home) {
        SortedMap<NoteId, SitePath> pages = new TreeMap<>();
        Set<String> used = new HashSet<>();
        for (Note note : notes) {
            if (home.isPresent() && home.get().equals(note.id())) {
                pages.put(note.id(), new SitePath("index.html"));
                continue;
            }
            String base = "notes/" + note.id().value().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
            String path = base + ".html";
            for (int n = 2; !used.add(path); n++) path = base + "-" + n + ".html";
            pages.put(note.id(), new SitePath(path));
        }
        return pages;
    }
}
