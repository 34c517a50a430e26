package org.studysite.model;

/**
 * A glossary line: {@code **Real-Time Endpoints** - Persistent endpoint for ...} or
 * {@code **Purpose:** Low-latency predictions}. {@code term} and {@code text} are plain text with
 * tag syntax removed; {@code sectionId} is the heading the line stands under ("" before any).
 */
public record Definition(String term, String text, String sectionId, int line) {
}
