package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.SiteHarness;

/**
 * Notes named {@code C#.md}, {@code why?.md}, {@code a%20b.md}, {@code c++ & co.md} and {@code été.md},
 * served over real HTTP under a sub-path: every link of the page that links them all is fetched as a
 * browser would (resolved against the page's URL) and answers 200 with the right note.
 */
class LinkNamesHttpTest {
    @TempDir
    Path temp;

    @Test
    void everyLinkToAnOddlyNamedNoteIsFoundByAWebServer() throws Exception {
        Path vault = SiteHarness.repo().resolve("src/test/resources/vaults-invalid/odd-note-names");
        SiteHarness site = SiteHarness.build(vault, temp.resolve("out"));
        HttpServer server = StaticServer.serve(site.out(), "/sub/");
        try {
            URI page = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sub/notes/hub.html");
            HttpClient client = HttpClient.newHttpClient();
            Document hub = Jsoup.parse(get(client, page).body(), page.toString());
            List<String> titles = new ArrayList<>();
            for (Element a : hub.select(".note-body a[href]")) {
                HttpResponse<String> response = get(client, page.resolve(a.attr("href")));
                assertEquals(200, response.statusCode(), a.attr("href"));
                titles.add(Jsoup.parse(response.body()).select("h1").first().text());
            }
            assertEquals(List.of("C sharp", "Why", "Percent", "Percent", "Why", "Plus and more", "Été", "Plus and more"), titles);
            assertTrue(hub.select(".note-body a[href]").eachAttr("href").stream().noneMatch(h -> h.contains("?")));
        } finally {
            server.stop(0);
        }
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
