package org.studysite.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;

/** The site's own files, looked up in the current snapshot only: nothing else can ever be served. */
final class SitePages {
    private static final String INDEX = "index.html";
    private final LiveSite site;

    SitePages(LiveSite site) {
        this.site = site;
    }

    /** @param path a checked, decoded site path ({@link RequestPath}) */
    void serve(HttpExchange exchange, String path) throws IOException {
        SiteSnapshot snapshot = site.snapshot();
        Map<String, byte[]> files = snapshot.files();
        String key = path.isEmpty() || path.endsWith("/") ? path + INDEX : path;
        byte[] body = files.get(key);
        if (body != null) {
            String type = ContentTypes.of(key);
            Responses.send(exchange, 200, type, ContentTypes.isHtml(key) ? LiveReload.inject(body, snapshot.version()) : body);
        } else if (key.equals(path) && files.containsKey(path + "/" + INDEX)) {
            // Relative links in dir/index.html only work from dir/, as on a static host.
            Responses.redirect(exchange, folderLocation(exchange));
        } else {
            Responses.send(exchange, 404, ContentTypes.of(INDEX), NotFoundPage.of(path, snapshot.version()));
        }
    }

    private static String folderLocation(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        return exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query);
    }
}
