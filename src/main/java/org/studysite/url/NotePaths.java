package org.studysite.url;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.studysite.model.NoteId;
import org.studysite.model.SitePath;

/**
 * Where each note is written: {@code notes/<slug>.html} ({@link SitePaths#slug} of each part of its
 * vault path); the root index.md becomes the home page. Two notes whose paths would be one file on some
 * disk (A.md and a.md, or "été" typed composed and decomposed) keep apart: the later in id order gets
 * {@code -2}, {@code -3}, …, so the result is stable.
 */
public final class NotePaths {
    private NotePaths() {
    }

    /** @param ids every note, sorted */
    public static SortedMap<NoteId, SitePath> assign(List<NoteId> ids, Optional<NoteId> home) {
        SortedMap<NoteId, SitePath> pages = new TreeMap<>();
        Set<String> used = new HashSet<>();
        for (NoteId id : ids) {
            if (home.isPresent() && home.get().equals(id)) {
                pages.put(id, SitePaths.HOME);
                continue;
            }
            String base = SitePaths.notePageBase(id.value());
            String path = base + ".html";
            for (int n = 2; !used.add(OutputClaims.key(path)); n++) path = base + "-" + n + ".html";
            pages.put(id, new SitePath(path));
        }
        return pages;
    }
}
