package org.studysite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.search.SearchIndexer;
import org.studysite.testing.SiteHarness;

/** Through HTTP, the preview serves the built site: every file, byte for byte, apart from the refresh script in pages. */
class PreviewSessionTest {
    @TempDir
    Path temp;

    @Test
    void servedPagesEqualBuiltPages() throws IOException, InterruptedException {
        Path vault = SiteHarness.copyVault(SiteHarness.fixtureVault(), temp.resolve("vault"));
        Path built = temp.resolve("built");
        SiteHarness.build(vault, built);
        PrintWriter quiet = new PrintWriter(new StringWriter());
        try (PreviewSession session = PreviewSession.start(new PreviewSession.Settings(vault, Optional.empty(), "127.0.0.1", 0), quiet, quiet)) {
            assertEquals("127.0.0.1", session.address().getHost(), "loopback by default");
            HttpClient http = HttpClient.newHttpClient();
            List<String> differ = new ArrayList<>();
            int files = 0;
            try (Stream<Path> walk = Files.walk(built)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String path = built.relativize(file).toString().replace('\\', '/');
                    if (path.startsWith(SearchIndexer.LUCENE_DIR + "/")) continue; // random segment ids
                    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(session.address() + encoded(path))).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    byte[] served = response.body();
                    if (path.endsWith(".html")) {
                        served = PreviewServer.withoutSnippet(new String(served, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    if (response.statusCode() != 200 || !Arrays.equals(Files.readAllBytes(file), served)) differ.add(path + " " + response.statusCode());
                    files++;
                }
            }
            assertTrue(files > 50, "the whole site was compared: " + files);
            assertEquals(List.of(), differ);
        }
    }

    @Test
    void anEditorsTemporaryFileAloneStartsNothingAndTheRenameAfterItIsTheSave() throws Exception {
        Path vault = SiteHarness.copyVault(SiteHarness.fixtureVault(), temp.resolve("vault"));
        PrintWriter quiet = new PrintWriter(new StringWriter());
        try (PreviewSession session = PreviewSession.start(new PreviewSession.Settings(vault, Optional.empty(), "127.0.0.1", 0), quiet, quiet)) {
            java.util.concurrent.BlockingQueue<LiveBuild.Outcome> published = new java.util.concurrent.LinkedBlockingQueue<>();
            session.addListener((outcome, nanos) -> published.add(outcome));
            Path note = vault.resolve("training.md");
            Path temporary = vault.resolve(".training.md.tmp");
            Files.writeString(temporary, Files.readString(note).replace("Bayesian search is the default;", "Bayesian search is the saved default;"));

            assertEquals(null, published.poll(1, java.util.concurrent.TimeUnit.SECONDS), "a hidden file alone is no change");
            Files.move(temporary, note, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LiveBuild.Outcome first = published.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(first != null && first.quick() && first.changed().contains("notes/training.html"), "the rename is the save: " + first);
        }
    }

    private static String encoded(String path) {
        StringBuilder url = new StringBuilder();
        for (String segment : path.split("/")) {
            if (url.length() > 0) url.append('/');
            url.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }

}
