package org.studysite.url;

import org.studysite.model.SitePath;

/**
 * The addresses pages write to each other: relative (so a site works from file:// and under any
 * sub-path) and percent-encoded ({@link PercentEncoding}). Every href and src of the site is made
 * here or from a string made here; a template joins only {@code rootPath} and one of these.
 */
public final class Hrefs {
    private Hrefs() {
    }

    /** From page {@code from} to page {@code to}: {@code "../tags/exam-tip.html"}. */
    public static String between(SitePath from, SitePath to) {
        return PercentEncoding.path(from.relativeUrlTo(to));
    }

    /** From {@code from} to {@code anchor} on {@code to}; no '#' when {@code anchor} is empty. */
    public static String between(SitePath from, SitePath to, String anchor) {
        return between(from, to) + fragment(anchor);
    }

    /** From the site root to {@code to}, for a template's {@code rootPath + "/" + path}. */
    public static String fromRoot(SitePath to) {
        return PercentEncoding.path(to.value());
    }

    /** From the site root to {@code anchor} on {@code to}. */
    public static String fromRoot(SitePath to, String anchor) {
        return fromRoot(to) + fragment(anchor);
    }

    /**
     * From {@code from} to {@code to} with one query parameter: {@code "flashcards.html?note=aws/a%20b"}. The value
     * is encoded as a path is, so '&', '=', '+', '#' and '%' in it reach the page's URLSearchParams as written.
     */
    public static String between(SitePath from, SitePath to, String name, String value) {
        return between(from, to) + "?" + PercentEncoding.path(name) + "=" + PercentEncoding.path(value);
    }

    /** {@code "#" + anchor}, encoded, or "" for no anchor. */
    public static String fragment(String anchor) {
        return anchor.isEmpty() ? "" : "#" + PercentEncoding.fragment(anchor);
    }
}
