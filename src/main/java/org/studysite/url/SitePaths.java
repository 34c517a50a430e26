package org.studysite.url;

import java.text.Normalizer;
import java.util.Locale;
import org.studysite.model.SitePath;
import org.studysite.model.Tag;

/**
 * Where every kind of output goes, the one place that turns a note, tag or file name into a path.
 * Fixed pages have fixed names; pages named after user input live in their own folders ({@code notes/},
 * {@code tags/}, {@code cheatsheets/}, {@code files/}) and get names that no fixed page and no other
 * input can have: a tag named {@code index} gets {@code tags/index.tag.html}, since a tag name never
 * holds a '.' (and parts of a list are numbered {@code x.2.html}). {@link OutputClaims} checks the
 * result: two outputs for one path are a build error.
 */
public final class SitePaths {
    public static final SitePath HOME = new SitePath("index.html");
    public static final SitePath SEARCH = new SitePath("search.html");
    public static final SitePath TOPICS = new SitePath("topics.html");
    public static final SitePath COMPARISONS = new SitePath("comparisons.html");
    public static final SitePath FLASHCARDS = new SitePath("flashcards.html");
    public static final SitePath ALL_NOTES = new SitePath("all-notes.html");
    public static final SitePath NAV_FOLDERS = new SitePath("nav-folders.js");
    public static final SitePath TAGS = new SitePath("tags/index.html");
    public static final SitePath CHEAT_SHEETS = new SitePath("cheatsheets/index.html");
    /** The name of the index page in {@code tags/} and {@code cheatsheets/}, which no tag may take. */
    private static final String INDEX = "index";

    private SitePaths() {
    }

    /** A tag's page: {@code tags/exam-tip.html}; {@code tags/aws/sagemaker.html} for a nested tag. */
    public static SitePath tag(Tag tag) {
        return new SitePath("tags/" + tagFileName(tag) + ".html");
    }

    /** A tag's printable cheat sheet: {@code cheatsheets/exam-tip.html}. */
    public static SitePath tagSheet(Tag tag) {
        return new SitePath("cheatsheets/" + tagFileName(tag) + ".html");
    }

    /** A tag name is lower-case {@code [a-z0-9_/-]}, safe in a URL as it is; only the index's name is taken. */
    private static String tagFileName(Tag tag) {
        return tag.name().equals(INDEX) ? INDEX + ".tag" : tag.name();
    }

    /** The script holding the cheat-sheet regions of the note at {@code notePage}: {@code cheatsheets/regions/notes/x.js}. */
    public static SitePath noteRegions(SitePath notePage) {
        String page = notePage.value();
        return new SitePath("cheatsheets/regions/" + page.substring(0, page.length() - ".html".length()) + ".js");
    }

    /** A vault file a note references, copied with its name and case kept: {@code files/img/a.png}. */
    public static SitePath copiedFile(String vaultPath) {
        return new SitePath("files/" + vaultPath);
    }

    /** A file of the theme (style sheets, scripts, icons): {@code assets/site.css}. */
    public static SitePath themeFile(String name) {
        return new SitePath("assets/" + name);
    }

    /**
     * A note's page before collisions are settled ({@link NotePaths}): {@code notes/} plus its vault
     * path, each folder and the name made safe ({@link #slug}).
     */
    static String notePageBase(String noteId) {
        StringBuilder base = new StringBuilder("notes");
        for (String segment : noteId.split("/", -1)) base.append('/').append(slug(segment));
        return base.toString();
    }

    /**
     * A name as a path segment: NFC (a name typed on macOS arrives decomposed), lower case, white space
     * as '-', and '-' for each character a web server or a disk reads as something else ('#' starts a
     * fragment, '?' a query, '%' an escape; {@code \ : * " < > |} and control characters cannot be in a
     * Windows file name). Letters of every script stay: hrefs percent-encode them.
     */
    static String slug(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!space) out.append('-');
                space = true;
                continue;
            }
            space = false;
            if (cp < 0x20 || cp == 0x7f || "#?%\\:*\"<>|".indexOf(cp) >= 0 || Character.getType(cp) == Character.CONTROL) {
                out.append('-');
            } else {
                out.appendCodePoint(cp);
            }
        }
        String slug = out.toString();
        return slug.isEmpty() || slug.equals(".") || slug.equals("..") ? "-" : slug;
    }
}
