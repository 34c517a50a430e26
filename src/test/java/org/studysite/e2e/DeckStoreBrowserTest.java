package org.studysite.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * deck-store.js's rules at chosen times, in Chromium on the fixture's deck page: when a study day starts,
 * what counts as due, how the daily new-card limit is spent, and how an import merges. Times are local
 * (the browser's time zone), built with new Date(y, m, d, h, min) so the tests hold in any zone.
 */
class DeckStoreBrowserTest extends FixtureSiteInChromium {
    private static final String STORE = "var store = studysiteDeck.open('studysite.flashcards.Test', '.'); store.clear();"
            + "function at(d, h, m) { return new Date(2026, 10, d, h, m || 0).getTime(); }"
            + "function review(due, last) { return { due: new Date(due).toISOString(), stability: 5, difficulty: 5, elapsed_days: 0,"
            + " scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: new Date(last).toISOString() }; }"
            + "function learning(due, last) { var s = review(due, last); s.state = 1; s.scheduled_days = 0; s.learning_steps = 1; return s; }";

    @BeforeEach
    void open() {
        driver.get(site.out().resolve("flashcards.html").toUri().toString());
    }

    private Object run(String script) {
        return driver.executeScript(STORE + script);
    }

    @Test
    void aStudyDayStartsAtFourInTheMorning() {
        assertEquals(List.of(true, false, true), run("return [studysiteDeck.dayOf(at(26, 3, 59)) === studysiteDeck.dayOf(at(25, 12)),"
                + " studysiteDeck.dayOf(at(26, 4)) === studysiteDeck.dayOf(at(25, 12)),"
                + " studysiteDeck.nextDayStart(at(26, 3, 59)) === at(26, 4)];"));
    }

    @Test
    void aReviewIsDueAllItsDayAndALearningStepTwentyMinutesAhead() {
        assertEquals(List.of(true, false, true, false), run("var now = at(26, 9);"
                + "store.put('a:drill:aaaaaa', review(at(26, 23), at(23, 9)));" // later today: due
                + "store.put('a:drill:bbbbbb', review(at(27, 4, 1), at(23, 9)));" // tomorrow's study day
                + "store.put('a:drill:cccccc', learning(at(26, 9, 20), at(26, 8, 50)));" // step ends in 20 minutes
                + "store.put('a:drill:dddddd', learning(at(26, 9, 21), at(26, 8, 50)));"
                + "return ['aaaaaa', 'bbbbbb', 'cccccc', 'dddddd'].map(function (k) { return store.isDue('a:drill:' + k, now); });"));
    }

    @Test
    void newCardsStartedTodaySpendTheDailyLimitAndMoreCanBeAsked() {
        assertEquals(List.of(20L, 18L, 18L, 20L, 30L), run("var now = at(26, 9), out = [store.newAllowed(now)];"
                + "store.record('a:drill:aaaaaa', null, learning(at(26, 9, 10), now), 'good', now);"
                + "store.record('a:drill:bbbbbb', null, review(at(29, 9), now), 'easy', now);"
                + "out.push(store.newAllowed(now));"
                + "store.record('a:drill:aaaaaa', store.state('a:drill:aaaaaa'), review(at(28, 9), now), 'good', at(26, 9, 10));"
                + "out.push(store.newAllowed(at(26, 9, 10)));" // a second review of a started card spends nothing
                + "out.push(store.newAllowed(at(27, 9)));" // the next day starts afresh
                + "store.allowMore(10, at(27, 9)); out.push(store.newAllowed(at(27, 9)));"
                + "return out;"));
    }

    @Test
    void anImportKeepsTheLaterReviewOfEachCardAndJoinsTheLogs() {
        @SuppressWarnings("unchecked")
        Map<String, Object> merged = (Map<String, Object>) run("var now = at(26, 9);"
                + "store.record('a:drill:aaaaaa', null, review(at(29, 9), at(20, 9)), 'good', at(20, 9));"
                + "store.record('a:drill:bbbbbb', null, review(at(29, 9), at(25, 9)), 'good', at(25, 9));"
                + "var other = studysiteDeck.open('studysite.flashcards.Test', '.'); var mine = JSON.stringify(store.exportData(now));"
                + "other.clear();"
                + "other.record('a:drill:aaaaaa', null, review(at(30, 9), at(22, 9)), 'easy', at(22, 9));" // later than mine
                + "other.record('a:drill:bbbbbb', null, review(at(27, 9), at(24, 9)), 'hard', at(24, 9));" // earlier than mine
                + "other.record('a:drill:cccccc', null, review(at(28, 9), at(24, 9)), 'good', at(24, 9));" // not in mine
                + "var theirs = JSON.stringify(other.exportData(now));"
                + "store.clear(); store.importData(mine); var result = store.importData(theirs);"
                + "return { result: result, a: store.state('a:drill:aaaaaa').due, b: store.state('a:drill:bbbbbb').due,"
                + " c: !!store.state('a:drill:cccccc'), log: store.exportData(now).log.map(function (e) { return e[0].slice(-1) + e[2]; }) };");
        assertEquals(Map.of("cards", 2L, "reviews", 3L), merged.get("result"));
        assertEquals(driver.executeScript(STORE + "return new Date(at(30, 9)).toISOString()"), merged.get("a"), "their later review");
        assertEquals(driver.executeScript(STORE + "return new Date(at(29, 9)).toISOString()"), merged.get("b"), "my later review");
        assertEquals(true, merged.get("c"));
        assertEquals(List.of("a3", "a4", "b2", "c3", "b3"), merged.get("log"), "every review, by time");
    }

    @Test
    void fullStorageFoldsOldReviewsIntoTotalsAndKeepsTheRetention() {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) run("var now = Date.now(), day = 86400000;"
                + "for (var i = 0; i < 40; i++) store.record('a:drill:' + ('00000' + i).slice(-6), review(now + 3 * day, now - 30 * day),"
                + " review(now + 9 * day, now - (30 - i % 20) * day), i % 4 ? 'good' : 'again', now - (40 - i) * day / 2);"
                + "var before = store.stats(now);"
                + "var real = Storage.prototype.setItem;"
                + "Storage.prototype.setItem = function (k, v) { if (v.length > 3000) throw new DOMException('full', 'QuotaExceededError');"
                + " return real.call(this, k, v); };"
                + "var saved;"
                + "try { saved = store.save(); } finally { Storage.prototype.setItem = real; }"
                + "var after = store.stats(now);"
                + "return { saved: saved, log: store.exportData(now).log.length, past: store.exportData(now).past,"
                + " before: [before.judged, before.passed], after: [after.judged, after.passed],"
                + " kept: JSON.parse(localStorage.getItem(store.key)).log.length };");
        assertEquals(true, result.get("saved"), "written once the old half is folded");
        assertEquals(result.get("before"), result.get("after"), "the true retention counts folded reviews too");
        assertEquals(List.of(40L, 30L), result.get("before"));
        long kept = (Long) result.get("log");
        assertEquals(kept, result.get("kept"));
        assertEquals(true, kept < 40 && kept > 0, "older reviews folded: " + kept);
    }
}
