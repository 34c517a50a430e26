package org.studysite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studysite.model.Definition;
import org.studysite.model.Drill;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.Section;
import org.studysite.model.Table;
import org.studysite.model.Tag;
import org.studysite.url.Hrefs;

/**
 * Every flashcard of the library, derived from the notes' own drills: question -> answer lines,
 * question tables (see {@link TableCards}) and glossary definitions. Notes come in navigation
 * order, cards in source order within a note; nothing depends on hashing, so output is stable.
 */
final class FlashcardDeck {
    static final String DRILL = "drill";
    static final String TABLE = "table";
    static final String SCENARIO = "scenario";
    static final String DEFINITION = "definition";

    /** A card with where it stands, to sort a note's cards into source order. */
    private record Placed(int line, int row, Flashcard card) {
    }

    List<Flashcard> cards(Library library, List<Note> ordered) {
        List<Flashcard> cards = new ArrayList<>();
        for (Note note : ordered) {
            Map<String, String> titles = sectionTitles(note);
            List<Placed> placed = new ArrayList<>();
            // "- **Term** - a → b → c" is a glossary item whose text has arrows, not a drill: one card, the definition.
            Set<Integer> definitionLines = new HashSet<>();
            note.definitions().forEach(d -> definitionLines.add(d.line()));
            for (Drill d : note.drills()) {
                if (definitionLines.contains(d.line())) continue;
                placed.add(place(library, note, titles, DRILL, d.line(), 0, d.question(), false, List.of(d.answer()), d.sectionId()));
            }
            for (Table t : note.tables()) {
                String kind = t.header().size() == 2 ? TABLE : SCENARIO;
                for (TableCards.Pair p : TableCards.pairs(t)) {
                    placed.add(place(library, note, titles, kind, t.line(), p.row(), p.front(), false, p.back(), t.headingId()));
                }
            }
            for (Definition d : note.definitions()) {
                boolean namesSection = !titles.getOrDefault(d.sectionId(), note.title()).equalsIgnoreCase(d.term());
                placed.add(place(library, note, titles, DEFINITION, d.line(), 0, d.term(), namesSection, List.of(d.text()),
                        d.sectionId()));
            }
            placed.sort(Comparator.comparingInt(Placed::line).thenComparingInt(Placed::row));
            cards.addAll(ContentIds.assign(placed.stream().map(Placed::card).toList()));
        }
        return UniqueFronts.apply(cards);
    }

    /** {@code namesSection}: "Purpose — Real-Time Hosting", as a bare label such as "Purpose" means nothing on its own. */
    private static Placed place(Library library, Note note, Map<String, String> titles, String kind, int line, int row, String question,
                                boolean namesSection, List<String> back, String sectionId) {
        List<String> tags = library.tagsAt(note.id(), line).stream().map(Tag::name).toList();
        return new Placed(line, row, Flashcard.of(note.id().value(), line, kind, row, question, namesSection, back,
                note.title(), Hrefs.fromRoot(library.pages().get(note.id())), titles.getOrDefault(sectionId, note.title()), sectionId, tags));
    }

    /** Heading id to heading text; a card whose section is not among them (text before any heading) takes the note title. */
    private static Map<String, String> sectionTitles(Note note) {
        Map<String, String> titles = new HashMap<>();
        for (Section s : note.sections()) titles.putIfAbsent(s.heading().id(), s.heading().text());
        return titles;
    }
}
