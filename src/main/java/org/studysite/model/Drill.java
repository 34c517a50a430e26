package org.studysite.model;

/** A question -> answer list line: {@code - **"Track runs?"** → SageMaker Experiments}. */
public record Drill(String question, String answer, String sectionId, int line) {
}
