package org.studysite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studysite.render.view.Flashcard;

/**
 * Anki matches imported notes by their first field, so two cards with the same front would merge
 * into one on import ("Purpose — Batch Transform" in two notes). A front found in several notes
 * gets its note title; one repeated within a note gets a number. Cards keep their order.
 */
final class UniqueFronts {
    private UniqueFronts() {
    }

    static List<Flashcard> apply(List<Flashcard> cards) {
        Map<String, Set<String>> notes = new HashMap<>();
        cards.forEach(c -> notes.computeIfAbsent(c.front(), f -> new HashSet<>()).add(c.note()));
        Set<String> used = new HashSet<>();
        List<Flashcard> unique = new ArrayList<>();
        for (Flashcard c : cards) {
            String front = notes.get(c.front()).size() > 1 ? c.front() + " (" + c.noteTitle() + ")" : c.front();
            String candidate = front;
            for (int n = 2; !used.add(candidate); n++) candidate = front + " (" + n + ")";
            unique.add(new Flashcard(c.id(), c.kind(), candidate, c.back(), c.note(), c.noteTitle(), c.section(),
                    c.href(), c.tags()));
        }
        return unique;
    }
}
