package org.studysite.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.markdown.Embeds;
import org.studysite.model.LinkTarget;
import org.studysite.model.LinkTarget.NoteTarget;
import org.studysite.model.Note;
import org.studysite.model.NoteId;
import org.studysite.model.RawLink;

/**
 * Warnings for embeds of note content ({@link Embeds}): one that would show itself (a note
 * embedding itself, or a section the embed stands in), one that leads back to itself through other
 * notes (A embeds B, B embeds A), and a note's embeds past the limit. None of these can loop or
 * grow a page (content is embedded one level deep); the warnings say why a link shows instead.
 */
final class EmbedChecks {

    List<Diagnostic> check(List<Note> notes, SortedMap<NoteId, SortedMap<String, LinkTarget>> links) {
        Map<NoteId, Note> byId = new HashMap<>();
        Map<NoteId, List<RawLink>> embeds = new HashMap<>();
        for (Note note : notes) {
            byId.put(note.id(), note);
            List<RawLink> found = Embeds.contentEmbeds(note, links.getOrDefault(note.id(), java.util.Collections.emptySortedMap()));
            if (!found.isEmpty()) embeds.put(note.id(), found);
        }
        List<Diagnostic> warnings = new ArrayList<>();
        for (Note note : notes) {
            List<RawLink> own = embeds.getOrDefault(note.id(), List.of());
            for (int i = 0; i < own.size(); i++) {
                RawLink embed = own.get(i);
                String name = embed.destination().substring(1);
                if (i == Embeds.MAX_CONTENT_EMBEDS) {
                    warnings.add(Diagnostic.warning(note.sourcePath(), embed.line(), "more than " + Embeds.MAX_CONTENT_EMBEDS
                            + " embeds of note content; the rest are shown as links"));
                }
                NoteTarget target = (NoteTarget) links.get(note.id()).get(embed.destination());
                if (target.note().equals(note.id()) && Embeds.shows(note, target.anchor(), embed.line())) {
                    warnings.add(Diagnostic.warning(note.sourcePath(), embed.line(),
                            "embed of '" + name + "' would show itself; shown as a link"));
                } else if (leadsBack(note, embed.line(), target, byId, embeds, links)) {
                    warnings.add(Diagnostic.warning(note.sourcePath(), embed.line(), "embed of '" + name
                            + "' leads back here (embeds form a cycle); the embed inside it is shown as a link"));
                }
            }
        }
        return warnings;
    }

    /** Whether the embedded content, or content it embeds in turn, embeds the place {@code line} of {@code from} stands in. */
    private static boolean leadsBack(Note from, int line, NoteTarget start, Map<NoteId, Note> byId,
                                     Map<NoteId, List<RawLink>> embeds, SortedMap<NoteId, SortedMap<String, LinkTarget>> links) {
        Deque<NoteTarget> queue = new ArrayDeque<>(List.of(start));
        Set<NoteTarget> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            NoteTarget at = queue.poll();
            Note note = byId.get(at.note());
            for (RawLink embed : embeds.getOrDefault(at.note(), List.of())) {
                if (!Embeds.shows(note, at.anchor(), embed.line())) continue;
                NoteTarget next = (NoteTarget) links.get(at.note()).get(embed.destination());
                if (next.note().equals(from.id()) && Embeds.shows(from, next.anchor(), line)) return true;
                if (seen.add(next)) queue.add(next);
            }
        }
        return false;
    }
}
