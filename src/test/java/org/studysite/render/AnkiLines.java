package org.studysite.render;

import java.util.List;
import org.studysite.model.Library;

/**
 * What the Anki file flashcards.js makes must hold, written in Java as the reference the browser
 * tests compare with: one line per card of the whole deck, front, back and tags, tab-separated.
 * The file says {@code #html:false}, so fields are plain text: the lines of a back are joined with
 * "; ", and a field holding a quote or starting with '#' is quoted CSV-style (Anki's reader treats a
 * leading quote as quoting and a leading '#' as a comment). Tags are space-separated.
 */
public final class AnkiLines {
    static final String HEADER = "#separator:tab\n#html:false\n#tags column:3\n";

    private AnkiLines() {
    }

    /** The Anki file of a library's whole deck, cards in the pages' (navigation) order. */
    public static String file(Library library) {
        StringBuilder file = new StringBuilder(HEADER);
        new FlashcardDeck().cards(library, new SiteViews().ordered(library)).forEach(c -> file.append(line(c)).append('\n'));
        return file.toString();
    }

    static String line(Flashcard card) {
        return field(card.front()) + "\t" + field(String.join("; ", card.back())) + "\t" + String.join(" ", card.tags());
    }

    static String field(String text) {
        if (text.indexOf('"') < 0 && !text.startsWith("#")) return text;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    static List<String> lines(List<Flashcard> cards) {
        return cards.stream().map(AnkiLines::line).toList();
    }
}
