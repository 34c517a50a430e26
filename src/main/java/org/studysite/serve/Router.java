package org.studysite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Every request comes here first: methods and paths are checked once, for the site and the
 * server's own {@code /_studysite/} files alike.
 */
final class Router implements HttpHandler {
    static final String SCRIPT = "_studysite/live.js";
    static final String EVENTS = "_studysite/events";

    private final SitePages pages;
    private final EventStream events;
    private final byte[] script;

    Router(SitePages pages, EventStream events, byte[] script) {
        this.pages = pages;
        this.events = events;
        this.script = script;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            Responses.methodNotAllowed(exchange);
            return;
        }
        Optional<String> path = sitePath(exchange.getRequestURI());
        if (path.isEmpty()) {
            Responses.text(exchange, 400, "Bad request");
        } else if (path.get().equals(SCRIPT)) {
            Responses.send(exchange, 200, ContentTypes.of(SCRIPT), script);
        } else if (path.get().equals(EVENTS)) {
            events.serve(exchange);
        } else {
            pages.serve(exchange, path.get());
        }
    }

    /** Absolute-form targets ("GET http://host/...") are refused: a browser never sends them here. */
    private static Optional<String> sitePath(URI target) {
        if (target.isAbsolute() || target.getRawAuthority() != null || target.isOpaque()) {
            return Optional.empty();
        }
        return RequestPath.parse(target.getRawPath());
    }
}
