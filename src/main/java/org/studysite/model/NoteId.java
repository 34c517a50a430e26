package org.studysite.model;

/** A note's vault-relative path, '/'-separated, without ".md": {@code "aws/sagemaker"}. */
public record NoteId(String value) implements Comparable<NoteId> {
    public NoteId {
        if (value.isEmpty() || value.startsWith("/") || value.endsWith(".md") || value.contains("\\")) {
            throw new IllegalArgumentException("not a note id: " + value);
        }
    }

    /** The file name part: {@code "sagemaker"} for {@code "aws/sagemaker"}. */
    public String baseName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    /** The folder part, empty for a note at the vault root. */
    public String folder() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? "" : value.substring(0, slash);
    }

    @Override
    public int compareTo(NoteId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
