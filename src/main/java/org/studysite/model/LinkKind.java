package org.studysite.model;

/** How a link was written. */
public enum LinkKind {
    MARKDOWN, WIKI, IMAGE,
    /** An Obsidian embed, {@code ![[image.png|300]]} or {@code ![[note#Section]]}; its destination is "!" and the target. */
    EMBED
}
