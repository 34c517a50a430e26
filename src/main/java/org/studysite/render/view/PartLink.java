package org.studysite.render.view;

/** One part of a list split over several pages: its number, a label ("A–C", "1–120"), a relative link. */
public record PartLink(int number, String label, String href, boolean current) {
}
