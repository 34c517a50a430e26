package org.studysite.model;

/** What a tag covers, decided by where it is written (NOTES-FORMAT.md, "Tags"). */
public enum TagScope {
    /** Front matter {@code tags:} or a {@code **Tags:**} line before the first {@code ##}. */
    NOTE,
    /** A tag in a heading: the heading and everything under it. */
    SECTION,
    /** A tag in a paragraph: the paragraph and the blocks that belong to it. */
    BLOCK,
    /** A heading whose words name a tag used elsewhere in the vault ({@code ## Gotchas}). */
    NAMED_SECTION
}
