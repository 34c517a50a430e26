package org.studysite.url;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.studysite.model.SitePath;

/**
 * The check that no two outputs of a build share a path: every file the build writes is claimed here
 * first. Paths are compared as a disk that ignores case and Unicode normalisation would (macOS,
 * Windows), so two names that are one file there are a collision everywhere. Safe to claim from
 * parallel renderers.
 */
public final class OutputClaims {
    private final ConcurrentMap<String, Claim> claims = new ConcurrentHashMap<>();

    private record Claim(SitePath path, String source) {
    }

    /**
     * Claims {@code path} for {@code source} (what the file is made from, as a reader would name it:
     * "note a.md", "tag #index"). Empty if the path was free; else the problem, naming both sources;
     * the caller must then not write the file.
     */
    public Optional<String> claim(SitePath path, String source) {
        Claim mine = new Claim(path, source);
        Claim earlier = claims.putIfAbsent(key(path.value()), mine);
        if (earlier == null) return Optional.empty();
        String where = earlier.path().equals(path) ? path.value() : earlier.path() + " and " + path;
        return Optional.of("two outputs for one path " + where + ": " + earlier.source() + " and " + source
                + "; the second is not written");
    }

    /** A path as a disk that ignores case and normalisation compares it. */
    static String key(String path) {
        return Normalizer.normalize(Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }
}
