package org.studysite.model;

/** A Markdown file of the vault: its vault-relative path ("aws/sagemaker.md") and its text. */
public record SourceFile(String path, String text) {
}
