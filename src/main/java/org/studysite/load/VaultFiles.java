package org.studysite.load;

import java.nio.file.Path;
import java.util.List;
import org.studysite.model.SourceFile;
import org.studysite.diagnostics.Diagnostic;

/**
 * What the vault holds: Markdown sources and every other file (images and attachments), each
 * sorted by vault-relative path so later stages see a stable order.
 */
public record VaultFiles(Path root, List<SourceFile> sources, List<String> otherFiles, List<Diagnostic> diagnostics) {
    public VaultFiles {
        sources = List.copyOf(sources);
        otherFiles = List.copyOf(otherFiles);
        diagnostics = List.copyOf(diagnostics);
    }
}
