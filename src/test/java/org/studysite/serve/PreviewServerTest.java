package org.studysite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server over real sockets: what it serves, what it refuses, and how it tells pages to reload. */
@Timeout(30) // a server that blocks must fail its test, not hang the build
class PreviewServerTest {
    /** Pages served after the one publish of the set-up say they come from version 1. */
    private static final String SNIPPET = PreviewServer.snippet(1);

    private static final String INDEX = "<!DOCTYPE html><html><head><title>Home</title></head><body><p>home</p></body></html>\n";
    /** Two {@code </body>}: the snippet belongs before the last one, the real end of the page. */
    private static final String NOTE_A = "<!DOCTYPE html><html><head><title>A</title></head>\n"
            + "<body><pre>&lt;/body&gt;</pre><!-- </body> --><p>caf\u00e9 \u2013 a</p>\n</BODY>\n</html>\n";
    private static final String NOTE_B = "<html><body><p>b</p></body></html>";
    private static final String CSS = "body { color: #222; }\n/* </body> */\n";
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path tmp;
    private PreviewServer server;
    private Map<String, byte[]> site;

    @BeforeEach
    void start() throws IOException {
        server = PreviewServer.start("127.0.0.1", 0);
        site = new HashMap<>();
        site.put("index.html", utf8(INDEX));
        site.put("notes/a.html", utf8(NOTE_A));
        site.put("notes/caf\u00e9.html", utf8("<html><body>caf\u00e9</body></html>"));
        site.put("notes/no-body.html", utf8("<p>a fragment</p>"));
        site.put("notes/deep/index.html", utf8("<html><body>deep</body></html>"));
        site.put("notes/deep/b.html", utf8(NOTE_B));
        site.put("assets/site.css", utf8(CSS));
        site.put("img/logo.png", PNG);
        site.put("files/data.unknownext", utf8("opaque"));
        server.publish(site, site.keySet());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // ---- what is served

    @Test
    void rootServesIndexWithTheSnippetBeforeBodyEnd() throws IOException {
        RawHttp.Response response = get("/");
        assertEquals(200, response.status());
        assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
        assertEquals(INDEX.replace("</body>", SNIPPET + "</body>"), response.text());
    }

    @Test
    void htmlGetsTheSnippetOnceBeforeTheLastBodyEndAndNothingElseChanges() throws IOException {
        RawHttp.Response response = get("/notes/a.html");
        String body = response.text();
        assertEquals(1, occurrences(body, SNIPPET), body);
        assertTrue(body.contains(SNIPPET + "</BODY>\n</html>\n"), body);
        assertArrayEquals(site.get("notes/a.html"), withoutSnippet(response.body()));
    }

    @Test
    void aPageWithoutBodyEndGetsTheSnippetAppended() throws IOException {
        assertEquals("<p>a fragment</p>" + SNIPPET, get("/notes/no-body.html").text());
    }

    @Test
    void otherFilesAreServedByteForByte() throws IOException {
        RawHttp.Response css = get("/assets/site.css");
        assertEquals("text/css; charset=utf-8", css.header("Content-Type"));
        assertArrayEquals(site.get("assets/site.css"), css.body());
        RawHttp.Response png = get("/img/logo.png");
        assertEquals("image/png", png.header("Content-Type"));
        assertArrayEquals(PNG, png.body());
        RawHttp.Response unknown = get("/files/data.unknownext");
        assertEquals("application/octet-stream", unknown.header("Content-Type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/notes/a.html", "/assets/site.css", "/img/logo.png", "/notes/missing.html",
            "/_studysite/live.js", "/notes/deep", "/..%2fpom.xml"})
    void everyResponseIsNeitherCachedNorSniffed(String target) throws IOException {
        RawHttp.Response response = get(target);
        assertEquals("no-store", response.header("Cache-Control"), response.raw());
        assertEquals("nosniff", response.header("X-Content-Type-Options"), response.raw());
    }

    @ParameterizedTest
    @CsvSource({
            "index.html, text/html; charset=utf-8", "a/b.js, text/javascript; charset=utf-8",
            "site.css, text/css; charset=utf-8", "x.json, application/json; charset=utf-8",
            "i.svg, image/svg+xml; charset=utf-8", "a.txt, text/plain; charset=utf-8", "a.png, image/png",
            "a.JPG, image/jpeg", "a.jpeg, image/jpeg", "a.gif, image/gif", "a.webp, image/webp",
            "favicon.ico, image/x-icon", "f.woff2, font/woff2", "sheet.pdf, application/pdf",
            "deck.apkg, application/zip", "README, application/octet-stream", "a.b/README, application/octet-stream",
            "x.exe, application/octet-stream"})
    void contentTypesByExtension(String path, String type) {
        assertEquals(type, ContentTypes.of(path));
    }

    @Test
    void headHasTheHeadersAndLengthButNoBody() throws IOException {
        RawHttp.Response get = get("/notes/a.html");
        RawHttp.Response head = RawHttp.request(server.address(), "HEAD", "/notes/a.html");
        assertEquals(200, head.status());
        assertEquals("text/html; charset=utf-8", head.header("Content-Type"));
        assertEquals("no-store", head.header("Cache-Control"));
        assertEquals(String.valueOf(get.body().length), head.header("Content-Length"));
        assertEquals(0, head.body().length, head.raw());
    }

    @Test
    void aFolderWithoutItsSlashRedirectsToIt() throws IOException {
        RawHttp.Response redirect = get("/notes/deep");
        assertEquals(301, redirect.status());
        assertEquals("/notes/deep/", redirect.header("Location"));
        assertEquals("/notes/deep/?q=x", get("/notes/deep?q=x").header("Location"));
        RawHttp.Response folder = get("/notes/deep/");
        assertEquals(200, folder.status());
        assertTrue(folder.text().startsWith("<html><body>deep" + SNIPPET));
    }

    @Test
    void percentEncodedNamesAreDecodedAsUtf8AndQueriesIgnored() throws IOException {
        RawHttp.Response cafe = get("/notes/caf%C3%A9.html");
        assertEquals(200, cafe.status());
        assertArrayEquals(site.get("notes/caf\u00e9.html"), withoutSnippet(cafe.body()));
        assertEquals(200, get("/notes/a.html?highlight=x#y").status());
        assertEquals(200, get("/notes/%61.html").status());
    }

    @Test
    void aMissingPageIsA404PageThatReloadsItself() throws IOException {
        RawHttp.Response missing = get("/notes/gone.html");
        assertEquals(404, missing.status());
        assertEquals("text/html; charset=utf-8", missing.header("Content-Type"));
        String body = missing.text();
        assertEquals(1, occurrences(body, SNIPPET), body);
        assertTrue(body.contains(SNIPPET + "</body>"), body);
        assertTrue(body.contains("<meta name=\"studysite-404\">"), body);
        assertTrue(body.contains("Not found: /notes/gone.html"), body);
        assertTrue(body.contains("<a href=\"/\">"), body);
    }

    @Test
    void theNotFoundPageEscapesThePath() throws IOException {
        String body = get("/notes/%3Cscript%3Ealert(1)%3C%2Fscript%3E").text()
                + get("/%3Cimg%20src=x%20onerror=alert(1)%3E.html").text();
        assertFalse(body.contains("<img src=x"), body);
        assertTrue(body.contains("&lt;img src=x onerror=alert(1)&gt;.html"), body);
    }

    @Test
    void beforeTheFirstPublishEveryPageIsMissing() throws IOException {
        try (PreviewServer empty = PreviewServer.start("127.0.0.1", 0)) {
            assertEquals(404, RawHttp.get(empty.address(), "/").status());
            assertEquals(404, RawHttp.get(empty.address(), "/notes/a.html").status());
        }
    }

    @Test
    void publishReplacesTheWholeSite() throws IOException {
        server.publish(Map.of("index.html", utf8("<body>new</body>")), Set.of("index.html"));
        assertEquals("<body>new" + PreviewServer.snippet(2) + "</body>", get("/").text());
        assertEquals(404, get("/notes/a.html").status());
    }

    @Test
    void problemsLeaveTheSiteAsItIs() throws IOException {
        server.problems(List.of("notes/a.md:3: warning: bad front matter"));
        assertArrayEquals(site.get("notes/a.html"), withoutSnippet(get("/notes/a.html").body()));
    }

    @Test
    void theLiveScriptIsServedFromTheClasspath() throws IOException {
        RawHttp.Response script = get("/_studysite/live.js");
        assertEquals(200, script.status());
        assertEquals("text/javascript; charset=utf-8", script.header("Content-Type"));
        assertTrue(script.text().contains("new EventSource('/_studysite/events')"), script.text());
    }

    // ---- what is refused

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/notes/../../pom.xml", "/%2e%2e/pom.xml", "/%2E%2E%2Fpom.xml",
            "/notes%2f..%2f..%2fpom.xml", "/..%5c..%5cpom.xml", "/..\\..\\pom.xml", "//etc/passwd", "//pom.xml",
            "/notes/./a.html", "/notes/%2e/a.html", "/notes//a.html", "/%00", "/a.html%00.png", "/notes/a.html%2F",
            "/notes/%2E%2e/index.html", "/.%2e/pom.xml", "/notes/%5ca.html", "/notes/%C0%AE%C0%AE/pom.xml",
            "/notes/%zz.html", "/notes/%e9.html", "/.", "/..", "/notes/..", "/notes/.",
            "http://evil/../pom.xml", "http://evil/pom.xml", "http://evil/index.html", "*", "pom.xml"})
    void pathsThatCouldReachOutsideTheSiteAreRefused(String target) throws IOException {
        RawHttp.Response response = get(target);
        assertTrue(response.status() == 400 || response.status() == 404, target + " -> " + response.raw());
        assertFalse(response.text().contains("<artifactId>"), response.raw());
        assertFalse(response.text().contains("root:"), response.raw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..", "/../pom.xml", "/a/./b", "/a/%2E/b", "/%2e%2E/x", "/a%2fb", "/a%2Fb", "/a%5cb",
            "/a%5Cb", "/a\\b", "/a%00", "/a\u0000b", "/a%0d%0aSet-Cookie:x", "//a", "/a//b", "/%", "/%4", "/%g0",
            "/%ff", "/%C0%AE%C0%AE/", "a.html", "", "*"})
    void rawPathsInAnyOddFormAreRefused(String raw) {
        assertEquals(Optional.empty(), RequestPath.parse(raw));
    }

    @ParameterizedTest
    @CsvSource({"/, ''", "/notes/a.html, notes/a.html", "/notes/caf%C3%A9.html, notes/caf\u00e9.html",
            "/notes/café.html, notes/caf\u00e9.html", "/dir/, dir/", "/a%20b.html, a b.html", "/a+b.html, a+b.html",
            "/..a/b..c/.d.html, ..a/b..c/.d.html", "/%2541.html, %41.html"})
    void plainPathsAreDecodedOnce(String raw, String sitePath) {
        assertEquals(Optional.of(sitePath), RequestPath.parse(raw));
    }

    @Test
    void noTraversalEverReadsARealFile() throws IOException {
        String secret = "secret-" + System.nanoTime();
        Path file = Files.writeString(tmp.resolve("secret.txt"), secret);
        String absolute = file.toAbsolutePath().toString();
        String up = "../".repeat(30);
        List<String> targets = List.of(
                "/" + up + absolute.substring(1),
                "/notes/" + up.replace("..", "%2e%2e") + absolute.substring(1),
                "/" + up.replace("/", "%2f") + absolute.substring(1),
                "/" + up.replace("/", "%5c") + absolute.substring(1).replace("/", "%5c"),
                "/" + absolute.substring(1),
                "/" + file.getFileName(),
                "http://evil/" + up + absolute.substring(1));
        for (String target : targets) {
            RawHttp.Response response = get(target);
            assertTrue(response.status() == 400 || response.status() == 404, target + " -> " + response.raw());
            assertFalse(response.raw().contains(secret), target);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "BREW"})
    void methodsOtherThanGetAndHeadAreNotAllowed(String method) throws IOException {
        RawHttp.Response response = RawHttp.send(server.address(), method + " /notes/a.html HTTP/1.1\r\nHost: x\r\n"
                + "Content-Length: 5\r\nConnection: close\r\n\r\nhello");
        assertEquals(405, response.status(), response.raw());
        assertEquals("GET, HEAD", response.header("Allow"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertEquals(0, response.body().length, response.raw());
        assertFalse(response.raw().contains("caf\u00e9"), response.raw());
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        URI address = server.address();
        assertEquals("127.0.0.1", address.getHost());
        assertEquals("http://127.0.0.1:" + address.getPort() + "/", address.toString());
        Optional<InetAddress> outside = nonLoopbackAddress();
        Assumptions.assumeTrue(outside.isPresent(), "this machine has no non-loopback address");
        try (Socket socket = new Socket()) {
            assertThrows(IOException.class,
                    () -> socket.connect(new InetSocketAddress(outside.get(), address.getPort()), 2_000),
                    "connected via " + outside.get());
        }
    }

    // ---- events

    @Test
    void eventsReportStateChangesAndProblems() throws IOException {
        try (EventStreamReader events = new EventStreamReader(server.address())) {
            assertTrue(events.head.startsWith("HTTP/1.1 200"), events.head);
            assertTrue(events.head.toLowerCase().contains("content-type: text/event-stream"), events.head);
            assertTrue(events.head.toLowerCase().contains("cache-control: no-store"), events.head);

            assertEquals(new Event("state", "{\"version\":1,\"problems\":[]}"), event(events));
            server.publish(site, Set.of("notes/a.html"));
            assertEquals(new Event("change", "{\"version\":2,\"changed\":[\"notes/a.html\"],\"problems\":[]}"), event(events));

            server.problems(List.of("notes/a.md:3: warning: bad front matter"));
            assertEquals(new Event("problems", "{\"version\":2,\"problems\":[\"notes/a.md:3: warning: bad front matter\"]}"),
                    event(events));

            server.publish(site, new HashSet<>(List.of("notes/deep/b.html", "assets/site.css")));
            assertEquals(new Event("change", "{\"version\":3,\"changed\":[\"assets/site.css\",\"notes/deep/b.html\"],"
                    + "\"problems\":[\"notes/a.md:3: warning: bad front matter\"]}"), event(events));

            server.problems(List.of());
            assertEquals(new Event("problems", "{\"version\":3,\"problems\":[]}"), event(events));
        }
    }

    @Test
    void aNewPageGetsTheCurrentState() throws IOException {
        server.problems(List.of("a.md:1: warning: x"));
        server.publish(site, Set.of());
        try (EventStreamReader events = new EventStreamReader(server.address())) {
            assertEquals(new Event("state", "{\"version\":2,\"problems\":[\"a.md:1: warning: x\"]}"), event(events));
        }
    }

    @Test
    void problemTextIsJsonEscapedOnOneDataLine() throws IOException {
        try (EventStreamReader events = new EventStreamReader(server.address())) {
            event(events);
            server.problems(List.of("n\u00f6tes/\"q\".md:2: warning: line\nbreak\r\\ </script>"));
            EventStreamReader.Block block = events.nextEvent();
            assertEquals("event: problems\ndata: {\"version\":1,\"problems\":"
                    + "[\"n\u00f6tes/\\\"q\\\".md:2: warning: line\\nbreak\\r\\\\ </script>\"]}", block.raw());
        }
    }

    @Test
    void idleStreamsGetKeepAliveComments() throws IOException {
        try (PreviewServer quick = PreviewServer.start("127.0.0.1", 0, Duration.ofMillis(50));
                EventStreamReader events = new EventStreamReader(quick.address())) {
            assertEquals("state", events.next().event());
            EventStreamReader.Block block = events.next();
            assertNull(block.event());
            assertEquals(": keep-alive", block.raw());
        }
    }

    @Test
    void aPageThatStopsReadingNeverHoldsUpPublishOrOtherPages() throws Exception {
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < 1500; i++) {
            changed.add(String.format("notes/topic-%04d/a-fairly-long-section-name-%04d.html", i, i));
        }
        int publishes = 300;
        long lastVersion = 1 + publishes;
        try (Socket stuckSocket = RawHttp.open(server.address(), 4096);
                EventStreamReader stuck = new EventStreamReader(stuckSocket);
                EventStreamReader reader = new EventStreamReader(server.address())) {
            assertEquals("state", stuck.nextEvent().event());
            assertEquals("state", reader.nextEvent().event());
            AtomicLong seen = new AtomicLong(1);
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> readEveryVersion(reader, seen, lastVersion));

            long publishing = 0;
            for (int i = 0; i < publishes; i++) {
                long started = System.nanoTime();
                server.publish(site, changed);
                publishing += System.nanoTime() - started;
                // Paced to the reading page only, so it is never more than half its queue behind;
                // the stuck page falls as far behind as it likes.
                awaitAtLeast(seen, 2 + i - EventClient.CAPACITY / 2, reading);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(publishing);
            assertTrue(millis < 5_000, publishes + " publishes took " + millis + " ms");
            reading.get(20, TimeUnit.SECONDS);
            assertEquals(lastVersion, seen.get());
            // The stuck page was dropped: once it reads again its stream ends instead of catching up.
            assertTrue(stuck.ended(), "the stuck page's stream should end");
        }
    }

    @Test
    void closeIsQuickEndsEventStreamsAndFreesThePort() throws IOException {
        int port = server.address().getPort();
        try (Socket stuck = RawHttp.open(server.address(), 4096)) {
            // A page that stopped reading with its writer blocked: close must not wait for it.
            stuck.getOutputStream().write("GET /_studysite/events HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            Set<String> many = new HashSet<>();
            for (int i = 0; i < 3000; i++) {
                many.add("notes/" + i + ".html");
            }
            for (int i = 0; i < 100; i++) {
                server.publish(site, many);
            }
            EventStreamReader events = new EventStreamReader(server.address());
            assertEquals("state", events.nextEvent().event());
            List<Thread> serving = serveThreads();
            assertFalse(serving.isEmpty());
            assertTrue(serving.stream().allMatch(Thread::isDaemon), "daemon threads: a forgotten server never keeps the JVM up");

            long started = System.nanoTime();
            server.close();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(millis < 1_000, "close took " + millis + " ms");
            assertTrue(events.ended(), "the event stream should end");
            events.close();
        }
        server.close();
        server.publish(site, Set.of("index.html"));
        server.problems(List.of("after close"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!serveThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(List.of(), serveThreads(), "threads left after close");
        try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"))) {
            assertEquals(port, again.getLocalPort());
        }
    }

    // ---- helpers

    private record Event(String name, String data) {
    }

    private static Event event(EventStreamReader events) throws IOException {
        EventStreamReader.Block block = events.nextEvent();
        return new Event(block.event(), block.data());
    }

    /** Reads change events until {@code last}, failing if one is skipped. */
    private static void readEveryVersion(EventStreamReader reader, AtomicLong seen, long last) {
        try {
            while (seen.get() < last) {
                EventStreamReader.Block block = reader.nextEvent();
                Matcher version = VERSION.matcher(block.data());
                assertTrue(version.find(), block.data());
                assertEquals(seen.get() + 1, Long.parseLong(version.group(1)), "versions in order, none lost");
                seen.set(seen.get() + 1);
            }
        } catch (IOException e) {
            throw new IllegalStateException("a reading page lost its events after version " + seen.get(), e);
        }
    }

    private static void awaitAtLeast(AtomicLong seen, long version, CompletableFuture<Void> reading) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (seen.get() < version) {
            if (reading.isDone()) {
                reading.get();
            }
            assertTrue(System.nanoTime() < deadline, "the reading page is stuck at version " + seen.get());
            Thread.onSpinWait();
        }
    }

    private RawHttp.Response get(String target) throws IOException {
        return RawHttp.get(server.address(), target);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withoutSnippet(byte[] served) {
        String text = new String(served, StandardCharsets.UTF_8);
        assertTrue(text.contains(SNIPPET), text);
        return utf8(PreviewServer.withoutSnippet(text));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static List<Thread> serveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().matches("studysite-serve-\\d+"))
                .toList();
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress ip : Collections.list(nic.getInetAddresses())) {
                if (ip instanceof Inet4Address && !ip.isLoopbackAddress() && !ip.isLinkLocalAddress()) {
                    return Optional.of(ip);
                }
            }
        }
        return Optional.empty();
    }
}
