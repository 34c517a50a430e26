package org.studysite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.SiteHarness;

/**
 * {@code studysite serve} as a writer runs it, in its own JVM: one line with the address once the
 * site is ready, the site served from memory (nothing written into the vault or the working folder),
 * and Ctrl-C (SIGINT) stopping it within a second with the port released.
 */
class ServeCommandTest {
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path tmp;

    @Test
    void printsItsAddressServesAndStopsOnCtrlC() throws Exception {
        Path vault = SiteHarness.writeVault(tmp.resolve("vault"), """
                -- a.md --
                # Alpha

                First note. #exam-tip
                """);
        List<String> before = listing(tmp);
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StudysiteCommand.class.getName(),
                "serve", "--notes", vault.toString(), "--port", "0")
                .directory(tmp.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher address = ADDRESS.matcher(line == null ? "" : line);
            assertTrue(address.find(), "the first line says where: " + line);
            int port = Integer.parseInt(address.group(1));

            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address.group() + "notes/a.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("First note."));

            long signalled = System.nanoTime();
            new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).start().waitFor();
            assertTrue(serve.waitFor(1, TimeUnit.SECONDS), "stopped within a second of Ctrl-C");
            assertTrue(System.nanoTime() - signalled < 1_000_000_000L);
            try (ServerSocket free = new ServerSocket(port)) {
                assertEquals(port, free.getLocalPort(), "the port is released");
            }
            assertEquals(before, listing(tmp), "nothing written beside the vault or into it");
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void aNotesFolderThatIsNotThereIsOneLineAndExitCodeOne() throws Exception {
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StudysiteCommand.class.getName(),
                "serve", "--notes", tmp.resolve("missing").toString(), "--port", "0")
                .redirectErrorStream(true).start();
        String out = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, serve.exitValue());
        assertEquals(1, out.lines().count(), out);
        assertFalse(out.contains("Exception"), out);
    }

    private static List<String> listing(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
