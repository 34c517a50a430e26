package org.studysite.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The ways a response ends, each with the headers every response carries. */
final class Responses {
    static final String ALLOWED = "GET, HEAD";

    private Responses() {
    }

    /**
     * Never cached (a writer wants the newest build on every load) and never sniffed (a note's file
     * must not run as a script because its bytes look like one).
     */
    static Headers common(HttpExchange exchange) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        return headers;
    }

    static boolean isHead(HttpExchange exchange) {
        return "HEAD".equals(exchange.getRequestMethod());
    }

    /** A body, or for HEAD only its headers, Content-Length included. */
    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        common(exchange).set("Content-Type", contentType);
        if (isHead(exchange)) {
            // The JDK server sends no length for HEAD by itself; clients use it to size downloads.
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, ContentTypes.TEXT, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void methodNotAllowed(HttpExchange exchange) throws IOException {
        common(exchange).set("Allow", ALLOWED);
        exchange.sendResponseHeaders(405, -1);
    }

    /** {@code location} must come from a checked request path: it goes into a header as is. */
    static void redirect(HttpExchange exchange, String location) throws IOException {
        common(exchange).set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }
}
