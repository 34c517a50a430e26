package org.studysite.render.view;

import java.util.List;

/** flashcards.tsv: one ready-made line per card (front, back, tags, tab-separated, Anki-safe). */
public record AnkiFileView(String path, String rootPath, List<String> lines) {
    public AnkiFileView {
        lines = List.copyOf(lines);
    }
}
