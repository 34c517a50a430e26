package org.studysite.render;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.studysite.model.NoteId;
import org.studysite.render.view.RegionHtml;

/**
 * Passes a note's cheat-sheet regions, rendered by its page from the page's own parse of the note, to
 * the note's regions script, which the plan puts right after the page: the render's workers take runs
 * of consecutive pages, so the script nearly always comes second, on the same worker, and each note is
 * parsed once for both (parsing was a third of rendering). A note is held here only between its two
 * pages. Whichever comes first decides: if the script comes first it renders its regions itself, and
 * the page's offer is then dropped, so nothing is left behind.
 */
final class RegionHandOff {
    /** Left by a script that came first and rendered its own regions. */
    private static final Object TAKEN = new Object();
    private final ConcurrentHashMap<NoteId, Object> waiting = new ConcurrentHashMap<>();

    /** From the note's page: its regions, for the script to take. */
    void offer(NoteId note, List<RegionHtml> regions) {
        if (waiting.putIfAbsent(note, regions) == TAKEN) waiting.remove(note);
    }

    /** For the note's script: the regions its page offered, or null if the page has not come yet. */
    @SuppressWarnings("unchecked")
    List<RegionHtml> take(NoteId note) {
        Object offered = waiting.putIfAbsent(note, TAKEN);
        if (offered == null) return null;
        waiting.remove(note);
        return (List<RegionHtml>) offered;
    }

    /** Notes held: between their two pages, or (rarely) marked taken before their page came. */
    int held() {
        return waiting.size();
    }
}
