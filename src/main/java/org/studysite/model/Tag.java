package org.studysite.model;

import java.util.regex.Pattern;

/** A tag name without its '#', lower case (tags are case-insensitive, as in Obsidian): {@code "exam-tip"}. */
public record Tag(String name) implements Comparable<Tag> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_/-]*");

    public Tag {
        name = name.toLowerCase(java.util.Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag name: " + name);
        }
    }

    /** Whether {@code text} is a tag name (without '#'). */
    public static boolean isName(String text) {
        return NAME.matcher(text).matches();
    }

    @Override
    public int compareTo(Tag other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return "#" + name;
    }
}
