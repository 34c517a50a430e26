package org.studysite.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code /_studysite/events}: one page's Server-Sent Events. The request's own thread is the page's
 * writer, so a page that stops reading blocks only itself.
 */
final class EventStream {
    private final LiveSite site;
    private final Duration keepAlive;

    EventStream(LiveSite site, Duration keepAlive) {
        this.site = site;
        this.keepAlive = keepAlive;
    }

    void serve(HttpExchange exchange) throws IOException {
        Responses.common(exchange).set("Content-Type", "text/event-stream; charset=utf-8");
        if (Responses.isHead(exchange)) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        EventClient client = site.subscribe();
        try (OutputStream out = exchange.getResponseBody()) {
            pump(client, out);
        } catch (IOException e) {
            // The page went away; if it is still open, its EventSource reconnects.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            site.unsubscribe(client);
        }
    }

    private void pump(EventClient client, OutputStream out) throws IOException, InterruptedException {
        byte[] keepAliveFrame = Events.KEEP_ALIVE.getBytes(StandardCharsets.UTF_8);
        while (!client.isClosed()) {
            byte[] frame = client.next(keepAlive);
            if (client.isClosed()) {
                return;
            }
            // A comment now and then: writing to a dead connection fails, which is how it is found.
            out.write(frame == null ? keepAliveFrame : frame);
            out.flush();
        }
    }
}
