package org.studysite.model;

/** A file's path from the site root, '/'-separated, never absolute: {@code "notes/aws/sagemaker.html"}. */
public record SitePath(String value) implements Comparable<SitePath> {
    public SitePath {
        if (value.isEmpty() || value.startsWith("/") || value.contains("\\")
                || java.util.Arrays.asList(value.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a site path: " + value);
        }
    }

    /** How many folders deep the file is: 0 for {@code index.html}, 1 for {@code tags/x.html}. */
    public int depth() {
        return (int) value.chars().filter(c -> c == '/').count();
    }

    /** The relative URL from this page to {@code target}, e.g. {@code "../tags/exam-tip.html"}. */
    public String relativeUrlTo(SitePath target) {
        return upToRoot() + target.value();
    }

    /** "" at the root, "../" one folder down, and so on: prefix of any site-root-relative URL. */
    public String upToRoot() {
        return "../".repeat(depth());
    }

    /** The relative path from this page back to the site root: {@code "."} or {@code "../.."}. */
    public String rootPath() {
        int depth = depth();
        return depth == 0 ? "." : String.join("/", java.util.Collections.nCopies(depth, ".."));
    }

    @Override
    public int compareTo(SitePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
