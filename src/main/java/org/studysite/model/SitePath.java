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

    /**
     * The shortest relative URL from this page to {@code target}: {@code "../tags/exam-tip.html"} from
     * {@code notes/x.html}, {@code "../b/y.html"} from {@code notes/a/x.html} to {@code notes/b/y.html}.
     * Going up only as far as the folders the two share (not to the root) saves bytes on every link of
     * every page: links between notes are the most frequent kind, and they share {@code notes/}.
     */
    public String relativeUrlTo(SitePath target) {
        String from = value;
        String to = target.value;
        int shared = 0;
        for (int i = 0; i < Math.min(from.length(), to.length()) && from.charAt(i) == to.charAt(i); i++) {
            if (from.charAt(i) == '/') shared = i + 1;
        }
        int ups = 0;
        for (int i = shared; i < from.length(); i++) {
            if (from.charAt(i) == '/') ups++;
        }
        return "../".repeat(ups) + to.substring(shared);
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
