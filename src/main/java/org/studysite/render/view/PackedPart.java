package org.studysite.render.view;

/**
 * The list of one part of a large listing page (comparisons, flashcards), rendered from the part's own
 * view ({@code page}, so links are relative to the part's page) and written as a compressed script the
 * page inflates into its list (assets/site.js). Listing markup repeats itself so much that it deflates
 * to a sixth; the page keeps its heading, pager and controls as HTML.
 */
public record PackedPart(Object page) implements PackedView {
    /** The page function the script calls (assets/site.js). */
    @Override
    public String callback() {
        return "studysitePart";
    }
}
