package org.studysite.testing;

import java.util.ArrayList;
import java.util.List;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.diagnostics.Result;
import org.studysite.model.SourceFile;
import org.studysite.markdown.MarkdownDialect;
import org.studysite.model.Library;
import org.studysite.model.Note;
import org.studysite.parse.NoteParser;
import org.studysite.resolve.LibraryBuilder;

/** Builds models from inline Markdown, for stage tests: {@code Notes.library("a.md", "# A", "b.md", "# B")}. */
public final class Notes {
    private static final MarkdownDialect DIALECT = new MarkdownDialect();

    private Notes() {
    }

    public static Note parse(String path, String markdown) {
        return new NoteParser(DIALECT).parse(new SourceFile(path, markdown)).value();
    }

    public static Result<Note> parseWithDiagnostics(String path, String markdown) {
        return new NoteParser(DIALECT).parse(new SourceFile(path, markdown));
    }

    /** Pairs of path and Markdown; paths not ending in .md are vault files (images). */
    public static Result<Library> library(String... pathsAndTexts) {
        List<Note> notes = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            if (pathsAndTexts[i].endsWith(".md")) {
                Result<Note> parsed = parseWithDiagnostics(pathsAndTexts[i], pathsAndTexts[i + 1]);
                notes.add(parsed.value());
                diagnostics.addAll(parsed.diagnostics());
            } else {
                files.add(pathsAndTexts[i]);
            }
        }
        Result<Library> library = new LibraryBuilder().build(notes, files);
        diagnostics.addAll(library.diagnostics());
        return new Result<>(library.value(), diagnostics);
    }

    /** The library of a vault folder, loaded as a build loads it. */
    public static Result<Library> libraryOf(java.nio.file.Path vault) {
        org.studysite.load.VaultFiles files = new org.studysite.load.VaultLoader().load(vault);
        List<Note> notes = files.sources().stream().map(s -> new org.studysite.parse.NoteParser(DIALECT).parse(s).value()).toList();
        return new LibraryBuilder().build(notes, files.otherFiles());
    }

    public static MarkdownDialect dialect() {
        return DIALECT;
    }
}
