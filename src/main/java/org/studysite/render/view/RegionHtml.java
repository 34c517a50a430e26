package org.studysite.render.view;

/** One top region of a note as sanitised HTML, under its anchor ({@code key}), for the region script. */
public record RegionHtml(String key, String html) {
}
