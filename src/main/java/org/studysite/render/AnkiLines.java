package org.studysite.render;

import java.util.List;
import org.studysite.render.view.Flashcard;

/**
 * A card as one line of flashcards.tsv: front, back and tags, tab-separated. The file says
 * {@code #html:false}, so fields are plain text: the lines of a back are joined with "; ", tabs and
 * line breaks become spaces so every card stays on one line, and a field holding a quote or
 * starting with '#' is quoted CSV-style (Anki's reader treats a leading quote as quoting and a
 * leading '#' as a comment). Tags are space-separated and never contain spaces themselves.
 */
final class AnkiLines {
    static final String BACK_SEPARATOR = "; ";

    private AnkiLines() {
    }

    static String line(Flashcard card) {
        return field(card.front()) + "\t" + field(String.join(BACK_SEPARATOR, card.back())) + "\t"
                + String.join(" ", card.tags());
    }

    static String field(String text) {
        String flat = text.replaceAll("[\\t\\r\\n]+", " ").strip();
        if (flat.indexOf('"') < 0 && !flat.startsWith("#")) return flat;
        return "\"" + flat.replace("\"", "\"\"") + "\"";
    }

    static List<String> lines(List<Flashcard> cards) {
        return cards.stream().map(AnkiLines::line).toList();
    }
}
