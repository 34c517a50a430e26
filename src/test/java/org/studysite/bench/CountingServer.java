package org.studysite.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static host on loopback, like the browser tests' StaticServer, that also records every file it
 * serves and its bytes. Counting on the server side sees what a page loads from a Web Worker too
 * (Pagefind 1.x fetches its index there), which the page's resource timing does not.
 */
final class CountingServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "mjs", "text/javascript", "json", "application/json", "svg", "image/svg+xml",
            "png", "image/png", "wasm", "application/wasm");

    /** A file served: its path under the prefix and its bytes. */
    record Served(String path, long bytes) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final String prefix;
    private final ConcurrentLinkedQueue<Served> served = new ConcurrentLinkedQueue<>();

    CountingServer(Path root, String prefix) throws IOException {
        this.prefix = prefix;
        Path base = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(prefix, exchange -> {
            try (exchange) {
                String rel = exchange.getRequestURI().getPath().substring(prefix.length());
                Path file = base.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
                if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type",
                        TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
                byte[] bytes = Files.readAllBytes(file);
                served.add(new Served(base.relativize(file).toString().replace('\\', '/'), bytes.length));
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    /** The address of a file of the site, e.g. {@code url("index.html")}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + path;
    }

    void reset() {
        served.clear();
    }

    List<Served> served() {
        return List.copyOf(served);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
