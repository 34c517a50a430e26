package org.studysite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.Section;
import org.studysite.model.TagScope;
import org.studysite.model.TaggedRegion;
import org.studysite.render.flexmark.RegionSpan;

/**
 * What of a note its cheat sheets print, as line spans: {@code tops}, its tagged sections and blocks
 * with those inside another folded in (each line once: the note's own cheat sheet, and the regions
 * its shared region script holds); {@code nested}, the other printed regions, each cut out of the
 * top region that holds it ({@code topOf}, by anchor, also maps every top to itself); and the
 * headings above the tops, which the note page's cheat-sheet mode shows as their context.
 */
record RegionLayout(List<RegionSpan> tops, List<RegionSpan> nested, Set<Integer> contextHeadings, Map<String, String> topOf) {
    RegionLayout {
        tops = List.copyOf(tops);
        nested = List.copyOf(nested);
        contextHeadings = Set.copyOf(contextHeadings);
        topOf = Map.copyOf(topOf);
    }

    static RegionLayout of(Library library, NoteId id) {
        Note note = library.note(id);
        List<TaggedRegion> regions = printed(library, id);
        List<RegionSpan> tops = new ArrayList<>();
        for (SheetRegion top : SheetRegion.topLevel(id, regions)) tops.add(span(top.region()));
        Map<String, String> topOf = new LinkedHashMap<>();
        List<RegionSpan> nested = new ArrayList<>();
        for (RegionSpan top : tops) topOf.put(top.key(), top.key());
        for (TaggedRegion r : regions) {
            if (topOf.containsKey(r.anchor())) continue;
            RegionSpan top = tops.stream().filter(t -> t.from() <= r.startLine() && r.startLine() <= t.to()).findFirst().orElseThrow();
            topOf.put(r.anchor(), top.key());
            if (top.from() != r.startLine() || top.to() != r.endLine()) nested.add(span(r));
        }
        Set<Integer> context = new TreeSet<>();
        for (RegionSpan top : tops) {
            for (Section s : note.sections()) {
                boolean above = s.startLine() < top.from() && top.from() <= s.endLine();
                if (above && !note.headerLines().contains(s.heading().line())) context.add(s.heading().line());
            }
        }
        return new RegionLayout(tops, nested, context, topOf);
    }

    /**
     * The regions sheets print: tagged sections and blocks. A note-wide tag says what the whole
     * note is about; printing it would make a note's cheat sheet the note itself again.
     */
    static List<TaggedRegion> printed(Library library, NoteId note) {
        return library.regions().getOrDefault(note, List.of()).stream().filter(r -> r.scope() != TagScope.NOTE).toList();
    }

    static boolean hasRegions(Library library, NoteId note) {
        return library.regions().getOrDefault(note, List.of()).stream().anyMatch(r -> r.scope() != TagScope.NOTE);
    }

    boolean isEmpty() {
        return tops.isEmpty();
    }

    private static RegionSpan span(TaggedRegion r) {
        return new RegionSpan(r.anchor(), r.startLine(), r.endLine());
    }
}
