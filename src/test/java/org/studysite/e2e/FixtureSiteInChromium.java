package org.studysite.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.studysite.testing.SiteHarness;

/** The fixture site built once and one headless Chromium for a class of browser tests. */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixtureSiteInChromium {
    @TempDir
    static Path tmp;
    SiteHarness site;
    ChromeDriver driver;

    @BeforeAll
    void start() throws IOException {
        Chromium.assumeInstalled();
        site = SiteHarness.build(SiteHarness.fixtureVault(), tmp.resolve("site"));
        driver = Chromium.start(Files.createDirectories(tmp.resolve("profile")));
    }

    /** Each test reads only its own console messages. */
    @BeforeEach
    void drainConsole() {
        Chromium.consoleErrors(driver);
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
    }
}
