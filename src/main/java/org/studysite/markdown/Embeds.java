package org.studysite.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.studysite.model.LinkKind;
import org.studysite.model.LinkTarget;
import org.studysite.model.Note;
import org.studysite.model.RawLink;
import org.studysite.model.Section;

/**
 * The rules for Obsidian embeds of note content ({@code ![[note]]}, {@code ![[note#Section]]}),
 * shared by resolve (which warns) and render (which shows the content or a link), so the two agree.
 * Content is embedded one level deep: an embed inside embedded content is a link, so a page holds
 * its note and at most {@link #MAX_CONTENT_EMBEDS} other notes' sections, never a chain through the vault.
 */
public final class Embeds {
    /** Embeds of note content one note shows; the rest are links (a note can only grow its page by its own size). */
    public static final int MAX_CONTENT_EMBEDS = 16;

    private Embeds() {
    }

    /** The note's embeds whose target is a note or section, in document order. */
    public static List<RawLink> contentEmbeds(Note note, Map<String, LinkTarget> targets) {
        List<RawLink> found = new ArrayList<>();
        for (RawLink link : note.links()) {
            if (link.kind() == LinkKind.EMBED && targets.get(link.destination()) instanceof LinkTarget.NoteTarget) found.add(link);
        }
        return found;
    }

    /** The lines an embed of {@code anchor} in {@code note} shows: a section from its heading, or the whole note. */
    public static int[] lines(Note note, String anchor) {
        for (Section s : note.sections()) {
            if (s.heading().id().equals(anchor)) return new int[] {s.startLine(), s.endLine()};
        }
        return new int[] {1, note.markdownText().lineCount()};
    }

    /** Whether embedding {@code anchor} of {@code note} would show {@code line} of it (an embed there would hold itself). */
    public static boolean shows(Note note, String anchor, int line) {
        int[] lines = lines(note, anchor);
        return lines[0] <= line && line <= lines[1];
    }
}
