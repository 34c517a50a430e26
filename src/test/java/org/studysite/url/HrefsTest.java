package org.studysite.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studysite.model.SitePath;

class HrefsTest {

    @ParameterizedTest(name = "{0} -> {1} #{2}")
    @CsvSource(delimiter = '|', value = {
            "notes/a.html     | notes/b.html          |           | b.html",
            "notes/a.html     | tags/exam-tip.html    |           | ../tags/exam-tip.html",
            "notes/a.html     | notes/été.html        | soleil    | %C3%A9t%C3%A9.html#soleil",
            "notes/a.html     | notes/c++-&-co.html   |           | c%2B%2B-%26-co.html",
            "index.html       | files/my pic.png      |           | files/my%20pic.png",
            "index.html       | files/C#/why?.png     |           | files/C%23/why%3F.png",
            "index.html       | files/a%20b.pdf       | page=3    | files/a%2520b.pdf#page=3",
            "notes/x/y.html   | notes/x/y.html        | été       | y.html#été",
            "notes/a.html     | notes/b.html          | a b#c     | b.html#a%20b%23c",
    })
    void hrefsAreRelativeAndPercentEncoded(String from, String to, String anchor, String href) {
        assertEquals(href, Hrefs.between(new SitePath(from), new SitePath(to), anchor == null ? "" : anchor));
    }

    @ParameterizedTest(name = "{0} -> {1}?note={2}")
    @CsvSource(delimiter = '|', value = {
            "notes/a.html        | flashcards.html   | a                 | ../flashcards.html?note=a",
            "notes/aws/b.html    | flashcards.2.html | aws/b             | ../../flashcards.2.html?note=aws/b",
            "notes/x.html        | flashcards.html   | C++ & Q=A #1 50%  | ../flashcards.html?note=C%2B%2B%20%26%20Q%3DA%20%231%2050%25",
            "notes/été.html      | flashcards.html   | été               | ../flashcards.html?note=%C3%A9t%C3%A9",
    })
    void aQueryValueIsEncodedSoTheDeckReadsItBackAsWritten(String from, String to, String value, String href) {
        assertEquals(href, Hrefs.between(new SitePath(from), new SitePath(to), "note", value));
    }

    @Test
    void anOutputPathIsClaimedOnceEvenWhereCaseOrNormalisationHidesTheDifference() {
        OutputClaims claims = new OutputClaims();
        assertEquals(Optional.empty(), claims.claim(new SitePath("tags/index.html"), "the tags index"));
        assertEquals(Optional.of("two outputs for one path tags/index.html: the tags index and tag #index; the second is not written"),
                claims.claim(new SitePath("tags/index.html"), "tag #index"));
        assertEquals(Optional.empty(), claims.claim(new SitePath("files/Été.png"), "Été.png"));
        Optional<String> other = claims.claim(new SitePath("files/e\u0301te\u0301.png"), "ete.png");
        assertTrue(other.isPresent() && other.get().contains("Été.png and ete.png"), other.toString());
    }
}
