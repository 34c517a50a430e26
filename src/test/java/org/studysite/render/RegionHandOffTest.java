package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.studysite.model.NoteId;
import org.studysite.render.view.RegionHtml;

/** A note's regions go from its page to its script once, whichever of the two comes first, and nothing stays. */
class RegionHandOffTest {
    private final RegionHandOff handOff = new RegionHandOff();
    private final NoteId note = new NoteId("aws/sagemaker");
    private final List<RegionHtml> regions = List.of(new RegionHtml("tips", "<p>Tip</p>"));

    @Test
    void thePageFirstHandsItsRegionsToTheScript() {
        handOff.offer(note, regions);
        assertEquals(1, handOff.held());
        assertSame(regions, handOff.take(note));
        assertEquals(0, handOff.held());
    }

    @Test
    void theScriptFirstRendersItsOwnAndThePagesOfferIsDropped() {
        assertNull(handOff.take(note), "nothing offered yet: the script renders its regions itself");
        handOff.offer(note, regions);
        assertEquals(0, handOff.held(), "the late offer is not kept");
    }

    @Test
    void notesDoNotMix() {
        NoteId other = new NoteId("aws/glue");
        handOff.offer(note, regions);
        assertNull(handOff.take(other));
        assertSame(regions, handOff.take(note));
        handOff.offer(other, List.of());
        assertEquals(0, handOff.held());
    }
}
