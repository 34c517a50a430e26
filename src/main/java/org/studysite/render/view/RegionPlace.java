package org.studysite.render.view;

/**
 * A printed region as a tag sheet's region header shows it, kept once in its note's region script:
 * its anchor ({@code key}), the top region whose HTML holds it ({@code top}), its heading path and label.
 */
public record RegionPlace(String key, String top, String headingPath, String label) {
}
