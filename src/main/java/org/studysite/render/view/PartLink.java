package org.studysite.render.view;

/**
 * One part of a list split over several pages: its number (1-based), a label ("A–C", "1–120") and
 * a relative link. A pager lists only some parts: {@code gapBefore} says parts before this one were left out.
 */
public record PartLink(int number, String label, String href, boolean current, boolean gapBefore) {
}
