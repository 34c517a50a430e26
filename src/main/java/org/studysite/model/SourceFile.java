package org.studysite.model;

/**
 * A Markdown file of the vault: its vault-relative path ("aws/sagemaker.md") and its text, held as
 * UTF-8 ({@link MarkdownText}); the note parsed from it keeps the same text.
 */
public record SourceFile(String path, MarkdownText markdown) {
    public SourceFile(String path, String text) {
        this(path, new MarkdownText(text));
    }

    /** The text, decoded. */
    public String text() {
        return markdown.toString();
    }
}
