package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review scheduler as the flashcards page will load it: the built site's vendored ts-fsrs and our
 * assets/fsrs-schedule.js, by plain script tags from file://, checked against ts-fsrs's own numbers.
 *
 * <p>The expected states were recorded once from ts-fsrs 5.4.2 itself, not from our wrapper, with node 20
 * on the unpacked tarball (the vendored file, byte for byte, saved as umd-copy.cjs so node loads it as
 * CommonJS):
 * <pre>
 * const F = require('./umd-copy.cjs');
 * const f = F.fsrs(F.generatorParameters({ request_retention: 0.9 }));
 * let card = F.createEmptyCard(t0);                     // t0 = 2026-01-05T09:00:00Z
 * card = f.next(card, now, F.Rating.Good).card; …       // each grade at the time in REVIEWS
 * f.repeat(F.createEmptyCard(t0), t0)[g].card.due       // a new card's due per grade
 * </pre>
 * ts-fsrs rounds stability and difficulty to 8 decimals, so the JSON compares exactly. Upgrading ts-fsrs
 * means recording these again (see templates/assets/vendor/ts-fsrs/README.txt).
 */
class FsrsScheduleBrowserTest extends FixtureSiteInChromium {
    private static final String T0 = "2026-01-05T09:00:00Z";

    /** Grade, review time, and the state ts-fsrs gives after it: learn, graduate, lapse, relearn, easy. */
    private static final List<String[]> REVIEWS = List.of(
            new String[] {"good", "2026-01-05T09:00:00Z", "{\"due\":\"2026-01-05T09:10:00.000Z\",\"stability\":2.3065,"
                    + "\"difficulty\":2.11810397,\"elapsed_days\":0,\"scheduled_days\":0,\"learning_steps\":1,\"reps\":1,"
                    + "\"lapses\":0,\"state\":1,\"last_review\":\"2026-01-05T09:00:00.000Z\"}"},
            new String[] {"good", "2026-01-05T09:10:00Z", "{\"due\":\"2026-01-07T09:10:00.000Z\",\"stability\":2.3065,"
                    + "\"difficulty\":2.11121424,\"elapsed_days\":0,\"scheduled_days\":2,\"learning_steps\":0,\"reps\":2,"
                    + "\"lapses\":0,\"state\":2,\"last_review\":\"2026-01-05T09:10:00.000Z\"}"},
            new String[] {"again", "2026-01-07T09:10:00Z", "{\"due\":\"2026-01-07T09:20:00.000Z\",\"stability\":0.60770166,"
                    + "\"difficulty\":7.39223814,\"elapsed_days\":2,\"scheduled_days\":0,\"learning_steps\":0,\"reps\":3,"
                    + "\"lapses\":1,\"state\":3,\"last_review\":\"2026-01-07T09:10:00.000Z\"}"},
            new String[] {"good", "2026-01-07T09:20:00Z", "{\"due\":\"2026-01-08T09:20:00.000Z\",\"stability\":0.65979762,"
                    + "\"difficulty\":7.38007427,\"elapsed_days\":0,\"scheduled_days\":1,\"learning_steps\":0,\"reps\":4,"
                    + "\"lapses\":1,\"state\":2,\"last_review\":\"2026-01-07T09:20:00.000Z\"}"},
            new String[] {"easy", "2026-01-08T09:20:00Z", "{\"due\":\"2026-01-12T09:20:00.000Z\",\"stability\":4.08614772,"
                    + "\"difficulty\":6.48984555,\"elapsed_days\":1,\"scheduled_days\":4,\"learning_steps\":0,\"reps\":5,"
                    + "\"lapses\":1,\"state\":2,\"last_review\":\"2026-01-08T09:20:00.000Z\"}"});

    private static final String PROBE = """
            <!doctype html><meta charset="utf-8"><title>fsrs probe</title>
            <script src="assets/vendor/ts-fsrs/ts-fsrs.umd.js"></script>
            <script src="assets/fsrs-schedule.js"></script>
            """;

    private Path probe;

    /** A bare page next to the built site's index, so the scripts load from where the site put them. */
    @BeforeAll
    void writeProbe() throws IOException {
        probe = Files.writeString(site.out().resolve("fsrs-probe.html"), PROBE, StandardCharsets.UTF_8);
    }

    /** Every check runs on a fresh load of the page; none may leave an error in the console. */
    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), Chromium.consoleErrors(driver));
    }

    private Object run(String script, Object... args) {
        driver.get(probe.toUri().toString());
        return driver.executeScript(script, args);
    }

    @Test
    void theVendoredEngineIsThePinnedOne() {
        assertEquals("v5.4.2 using FSRS-6.0", run("return studysiteFsrs.engine"));
    }

    @Test
    void aReviewSequenceGivesTsFsrsOwnStates() {
        StringBuilder script = new StringBuilder("var s = null, out = [];");
        for (String[] review : REVIEWS) {
            script.append("s = studysiteFsrs.review(s, '").append(review[0]).append("', '").append(review[1])
                    .append("'); out.push(JSON.stringify(s));");
        }
        script.append("return out;");
        List<String> expected = REVIEWS.stream().map(r -> r[2]).toList();
        assertEquals(expected, run(script.toString()));
    }

    @Test
    void aNewCardsButtonsSayWhenItComesBack() {
        Object texts = run("var p = studysiteFsrs.preview(null, arguments[0]);"
                + " return studysiteFsrs.GRADES.map(function (g) { return g + ' ' + p[g].interval + ' ' + p[g].state.due; });", T0);
        assertEquals(List.of("again 1m 2026-01-05T09:01:00.000Z", "hard 6m 2026-01-05T09:06:00.000Z",
                "good 10m 2026-01-05T09:10:00.000Z", "easy 8d 2026-01-13T09:00:00.000Z"), texts);
    }

    @Test
    void previewAndReviewAgreeAndLeaveTheirInputAlone() {
        Object result = run("var s = studysiteFsrs.review(null, 'good', arguments[0]), before = JSON.stringify(s);"
                + " var p = studysiteFsrs.preview(s, arguments[1]), r = studysiteFsrs.review(s, 'hard', arguments[1]);"
                + " return [JSON.stringify(p.hard.state) === JSON.stringify(r), JSON.stringify(s) === before];",
                T0, "2026-01-05T09:10:00Z");
        assertEquals(List.of(true, true), result);
    }

    /** Recorded from ts-fsrs as above with request_retention 0.8: an Easy new card waits 28 days, not 8. */
    @Test
    void aLowerTargetRetentionSpacesReviewsFurther() {
        Object result = run("var p = studysiteFsrs.scheduler({retention: 0.8}).preview(null, arguments[0]).easy;"
                + " return p.interval + ' ' + p.state.due;", T0);
        assertEquals("28d 2026-02-02T09:00:00.000Z", result);
        assertEquals(0.9, ((Number) run("return studysiteFsrs.scheduler().retention")).doubleValue(), 0);
        assertEquals("RangeError", run("try { studysiteFsrs.scheduler({retention: 1}); return 'none'; } catch (e) { return e.name; }"));
        assertEquals("RangeError", run("try { studysiteFsrs.review(null, 'Good', arguments[0]); return 'none'; }"
                + " catch (e) { return e.name; }", T0));
    }

    @Test
    void intervalTextsUseTheLargestUnitThatFits() {
        Object texts = run("var m = 60000, d = 24 * 60 * m;"
                + " return [10 * 1000, m, 59 * m, 5 * 60 * m, 3 * d, 29 * d, 30 * d, 45 * d, 364 * d, 365 * d, 548 * d]"
                + ".map(studysiteFsrs.intervalText);");
        assertEquals(List.of("<1m", "1m", "59m", "5h", "3d", "29d", "1mo", "1.5mo", "12.1mo", "1y", "1.5y"), texts);
    }
}
