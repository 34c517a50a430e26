package org.studysite.site;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.studysite.testing.SiteHarness;

/** The fixture vault built once per test class, for the tests that read the site it makes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixtureSite {
    @TempDir
    static Path tmp;
    SiteHarness site;

    @BeforeAll
    void buildFixtureSite() {
        site = SiteHarness.build(SiteHarness.fixtureVault(), tmp.resolve("site"));
    }
}
