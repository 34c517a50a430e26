package org.studysite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.studysite.model.OutputFile;
import org.studysite.testing.SiteHarness;

/**
 * A vendored library is pinned: what the site ships is, byte for byte, the file its README.txt names
 * by sha256, so an edit or a half-done upgrade fails here instead of in a reader's browser.
 */
class VendoredAssetsTest {
    private static final Path TS_FSRS = SiteHarness.repo().resolve("templates/assets/vendor/ts-fsrs");
    /** "  ts-fsrs.umd.js  = package/dist/index.umd.js, unchanged" and, on the next line, "sha256 <hex>". */
    private static final Pattern PINNED = Pattern.compile("(?m)^\\s+(\\S+)\\s+= package/.*\\R\\s+sha256 ([0-9a-f]{64})$");

    @Test
    void tsFsrsShipsAsItsReadmePinsIt() throws IOException {
        Map<String, String> pinned = new LinkedHashMap<>();
        Matcher m = PINNED.matcher(Files.readString(TS_FSRS.resolve("README.txt")));
        while (m.find()) pinned.put(m.group(1), m.group(2));
        assertEquals(List.of("ts-fsrs.umd.js", "LICENSE"), List.copyOf(pinned.keySet()));

        List<OutputFile> shipped = new ThemeLoader().load(Optional.empty());
        for (Map.Entry<String, String> file : pinned.entrySet()) {
            assertEquals(file.getValue(), sha256(Files.readAllBytes(TS_FSRS.resolve(file.getKey()))), file.getKey());
            String sitePath = "assets/vendor/ts-fsrs/" + file.getKey();
            OutputFile out = shipped.stream().filter(f -> f.path().value().equals(sitePath)).findFirst().orElseThrow(
                    () -> new AssertionError("the site does not ship " + sitePath));
            assertEquals(file.getValue(), sha256(out.bytes()), sitePath);
        }
        assertTrue(shipped.stream().anyMatch(f -> f.path().value().equals("assets/fsrs-schedule.js")));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
