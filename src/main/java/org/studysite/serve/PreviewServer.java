package org.studysite.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The HTTP half of {@code studysite serve}: serves a site held in memory and tells the pages open in
 * a browser when to reload and which problems to show. It reads no files, so it can serve nothing
 * but what was published.
 */
public final class PreviewServer implements AutoCloseable {
    /**
     * What every served page gets right before its {@code </body>}: the live-reload script, with the
     * version of the site the page was served from, so a page that missed a change while its event
     * stream was connecting still sees it is stale ({@link #snippet}).
     */
    private static final java.util.regex.Pattern SNIPPET = java.util.regex.Pattern.compile(
            "<script src=\"/_studysite/live\\.js\" data-version=\"\\d+\"></script>");

    /** The snippet of a page served from site version {@code version}. */
    public static String snippet(long version) {
        return "<script src=\"/_studysite/live.js\" data-version=\"" + version + "\"></script>";
    }

    /** A served page without its snippet: the page as built. */
    public static String withoutSnippet(String served) {
        return SNIPPET.matcher(served).replaceFirst("");
    }
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final String SCRIPT_RESOURCE = "live.js";

    private final HttpServer http;
    private final ExecutorService threads;
    private final LiveSite site;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PreviewServer(HttpServer http, ExecutorService threads, LiveSite site) {
        this.http = http;
        this.threads = threads;
        this.site = site;
    }

    /** Binds host:port (port 0 = a free port) and starts serving an empty site (every page 404 until publish). */
    public static PreviewServer start(String host, int port) throws IOException {
        return start(host, port, KEEP_ALIVE);
    }

    /** As {@link #start(String, int)}, with the interval between keep-alive comments (tests shorten it). */
    static PreviewServer start(String host, int port, Duration keepAlive) throws IOException {
        byte[] script = script();
        LiveSite site = new LiveSite();
        // The JDK server leaves Nagle's algorithm on unless told, and read once, before its first server:
        // a response's last small packet then waits for the browser's delayed ACK (~40 ms), for every
        // file a reloaded page fetches.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 0);
        // Each open page holds a thread for its event stream; a cached pool grows with them and shrinks after.
        ExecutorService threads = Executors.newCachedThreadPool(new ServeThreads());
        http.setExecutor(threads);
        http.createContext("/", new Router(new SitePages(site), new EventStream(site, keepAlive), script));
        http.start();
        return new PreviewServer(http, threads, site);
    }

    /** http://HOST:PORT/ (for 127.0.0.1 exactly "http://127.0.0.1:PORT/"). */
    public URI address() {
        InetSocketAddress bound = http.getAddress();
        InetAddress ip = bound.getAddress();
        // A zone id ("%eth0") must itself be escaped inside a URI.
        String host = ip instanceof Inet6Address
                ? "[" + ip.getHostAddress().replace("%", "%25") + "]"
                : ip.getHostAddress();
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    /**
     * Replaces the whole site (site-relative path like "notes/a.html" -> bytes) and tells open pages which
     * paths changed. The byte arrays are served as they are, not copied: do not change them afterwards.
     */
    public void publish(Map<String, byte[]> files, Set<String> changed) {
        site.publish(files, changed);
    }

    /** Problems to show in every open page ("path:line: warning: message" lines); empty list clears the panel. The site is left as it is. */
    public void problems(List<String> lines) {
        site.problems(lines);
    }

    /** Stops within a second: open event streams closed, port released. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Wakes every stream's writer to stop, and turns away streams that start from now on.
        site.closeAll();
        // No grace period: event streams never end by themselves, and a preview has nothing to finish.
        // Closing every connection also fails a write stuck on a page that stopped reading.
        http.stop(0);
        // Idle pool threads would otherwise linger for a minute.
        threads.shutdownNow();
        try {
            threads.awaitTermination(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] script() {
        try (InputStream in = PreviewServer.class.getResourceAsStream(SCRIPT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCRIPT_RESOURCE + " next to " + PreviewServer.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
