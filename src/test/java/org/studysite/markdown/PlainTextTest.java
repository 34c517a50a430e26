package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void collapsesWhitespaceExactlyAsTheRegexDid() {
        assertEquals(" a b c ", PlainText.collapseWhitespace("\t a\n\nb \r\n c\f"));
        assertEquals("", PlainText.collapseWhitespace(""));
        // Characters regex \s does not count as white space stay: no-break space, U+2003, other controls.
        assertEquals("a\u00A0b\u2003c\u0001 d", PlainText.collapseWhitespace("a\u00A0b\u2003c\u0001\u000B d"));
        String alphabet = " \t\n\u000B\f\r\u00A0\u2003\u0001\u001Fab🔑é";
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(SPACES.matcher(text).replaceAll(" "), PlainText.collapseWhitespace(text), text.toString());
        }
    }

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.-]+$");

    @Test
    void shortensAtAWordAndDropsTrailingPunctuationAsTheRegexDid() {
        assertEquals("Endpoints scale out…", PlainText.shorten("Endpoints scale out, then in again", 20));
        assertEquals("short", PlainText.shorten("short", 20));
        String alphabet = "ab c,;:.-\t\u00E9🔑";
        Random random = new Random(11);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 5 + random.nextInt(40); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            int max = 4 + random.nextInt(30);
            String expected;
            if (t.length() <= max) {
                expected = t;
            } else {
                int cut = t.lastIndexOf(' ', max);
                expected = TRAILING_PUNCTUATION.matcher(t.substring(0, cut > max / 2 ? cut : max)).replaceAll("") + "…";
            }
            assertEquals(expected, PlainText.shorten(t, max), t + " at " + max);
        }
    }
}
