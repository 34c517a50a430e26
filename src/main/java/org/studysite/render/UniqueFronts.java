package org.studysite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Anki matches imported notes by their first field, so two cards with the same front would merge
 * into one on import ("Purpose — Batch Transform" in two notes). A front found in several notes
 * gets its note title; one repeated within a note gets a number. Cards keep their order.
 */
final class UniqueFronts {
    private UniqueFronts() {
    }

    static List<Flashcard> apply(List<Flashcard> cards) {
        List<String> fronts = cards.stream().map(Flashcard::plainFront).toList();
        Map<String, Set<String>> notes = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) notes.computeIfAbsent(fronts.get(i), f -> new HashSet<>()).add(cards.get(i).note());
        Set<String> used = new HashSet<>();
        List<Flashcard> unique = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Flashcard card = cards.get(i);
            if (notes.get(fronts.get(i)).size() > 1) card = card.unique(true, 0);
            for (int n = 2; !used.add(card.front()); n++) card = card.unique(card.withNoteTitle(), n);
            unique.add(card);
        }
        return unique;
    }
}
