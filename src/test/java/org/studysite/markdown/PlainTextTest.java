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
}
