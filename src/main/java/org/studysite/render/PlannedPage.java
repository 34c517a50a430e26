package org.studysite.render;

import org.studysite.model.SitePath;

/** A page to write: where, with which template, from which view record. */
public record PlannedPage(SitePath path, String template, Object view) {
}
