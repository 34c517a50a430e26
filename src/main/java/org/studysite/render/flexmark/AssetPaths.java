package org.studysite.render.flexmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Vault files referenced by notes are copied to {@code files/<vault path>}, name and case kept. */
public final class AssetPaths {
    private AssetPaths() {
    }

    public static String sitePath(String vaultPath) {
        return "files/" + vaultPath;
    }

    /** The site path with each segment percent-encoded, for use in an href or src. */
    static String encoded(String vaultPath) {
        return "files/" + Arrays.stream(vaultPath.split("/"))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
