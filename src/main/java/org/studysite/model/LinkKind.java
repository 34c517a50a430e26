package org.studysite.model;

/** How a link was written. */
public enum LinkKind { MARKDOWN, WIKI, IMAGE }
