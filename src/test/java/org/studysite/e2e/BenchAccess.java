package org.studysite.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;

/** Lets the benchmark reuse the browser tests' Chromium setup and static server. */
public final class BenchAccess {
    private BenchAccess() {
    }

    public static HttpServer serve(Path root, String prefix) throws IOException {
        return StaticServer.serve(root, prefix);
    }

    public static ChromeDriver chromium(Path profile) {
        return Chromium.start(profile);
    }
}
