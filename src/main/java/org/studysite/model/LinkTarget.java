package org.studysite.model;

/** Where a written link leads once the whole vault is known. */
public sealed interface LinkTarget {
    /** A note page, optionally at an anchor ("" for the top). */
    record NoteTarget(NoteId note, String anchor) implements LinkTarget {
    }

    /** A non-Markdown file inside the vault (an image, a PDF), copied into the site. */
    record AssetTarget(String vaultPath, String anchor) implements LinkTarget {
    }

    /** Anything with a scheme (https:, mailto:): left as written. */
    record ExternalTarget(String url) implements LinkTarget {
    }

    /** A note, anchor or file that does not exist: rendered as marked plain text, never a dead link. */
    record MissingTarget(String reason) implements LinkTarget {
    }
}
