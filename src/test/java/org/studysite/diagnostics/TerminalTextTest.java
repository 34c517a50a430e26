package org.studysite.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void controlCharactersShowAsEscapes() {
        assertEquals("a\\x1b[2Jb\\x1b]0;title\\x07 \\x7f \\x9b31m \\x00", TerminalText.visible("a\u001b[2Jb\u001b]0;title\u0007 \u007f \u009b31m \u0000"));
        assertEquals("tab\\x09 line\\x0a cr\\x0d", TerminalText.visible("tab\t line\n cr\r"), "a printed line stays one line");
        assertEquals("\\u202eevil\\u2066", TerminalText.visible("\u202eevil\u2066"), "bidirectional overrides reorder what is shown");
    }

    @Test
    void otherTextIsLeftAsItIs() {
        String text = "Modèle › Étape 1 – 日本語 \uFFFD ok";
        assertSame(text, TerminalText.visible(text));
    }

    @Test
    void whatANoteMayNotKeep() {
        assertTrue(TerminalText.isControl('\u001b'));
        assertTrue(TerminalText.isControl('\u0085'));
        assertTrue(TerminalText.isControl('\u007f'));
        assertFalse(TerminalText.isControl('\t'));
        assertFalse(TerminalText.isControl('\n'));
        assertFalse(TerminalText.isControl('\u00a0'));
    }

    @Test
    void theFormatterPrintsFileNamesAndMessagesSafely() {
        DiagnosticFormatter formatter = new DiagnosticFormatter(Path.of("notes"));
        assertEquals("notes/b\\x1b[31m.md:3: warning: link to missing note 'x\\x07'",
                formatter.format(Diagnostic.warning("b\u001b[31m.md", 3, "link to missing note 'x\u0007'")));
        assertEquals("studysite: error: output folder o\\x1b is the notes folder",
                formatter.format(Diagnostic.error("", 0, "output folder o\u001b is the notes folder")));
    }
}
