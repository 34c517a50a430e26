package org.studysite.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.studysite.model.OutputFile;
import org.studysite.url.SitePaths;

/**
 * The site's static files: our assets (a user's templates/assets/ file wins over the packed one)
 * and highlight.js from its WebJar, so code is highlighted with no network at all. ts-fsrs, which
 * schedules flashcard reviews, has no WebJar: it is vendored under templates/assets/vendor/ (see the
 * README.txt there) and shipped with its licence, as MIT asks.
 */
public final class ThemeLoader {
    /** Our own assets, packed under /templates/assets in the jar. */
    static final List<String> OWN_ASSETS = List.of("site.css", "site.js", "search.js", "favicon.svg",
            "tables.css", "tables.js", "cheatsheet.css", "cheatsheet.js", "flashcards.css", "flashcards.js",
            "fsrs-schedule.js", "deck-store.js", "vendor/ts-fsrs/ts-fsrs.umd.js", "vendor/ts-fsrs/LICENSE");
    private static final String HLJS = "/META-INF/resources/webjars/highlightjs/11.11.1/";
    private static final List<String[]> WEBJAR_ASSETS = List.of(
            new String[] {HLJS + "highlight.min.js", "highlight.min.js"},
            new String[] {HLJS + "styles/github.min.css", "hljs-light.css"},
            new String[] {HLJS + "styles/github-dark.min.css", "hljs-dark.css"});

    public List<OutputFile> load(Optional<Path> userTemplates) {
        List<OutputFile> files = new ArrayList<>();
        for (String name : OWN_ASSETS) {
            Optional<Path> user = userTemplates.map(t -> t.resolve("assets").resolve(name)).filter(Files::isRegularFile);
            files.add(new OutputFile(SitePaths.themeFile(name), user.isPresent() ? read(user.get()) : resource("/templates/assets/" + name)));
        }
        for (String[] asset : WEBJAR_ASSETS) {
            files.add(new OutputFile(SitePaths.themeFile(asset[1]), resource(asset[0])));
        }
        return files;
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ThemeLoader.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing packed resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
