package org.studysite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void keepsTheTextExactlyWithItsLengthAndLines() {
        String text = "# 🔑 Exam Tips\n\n- **Latency** → p99 < 100 ms… `#exam-tip`\r\nlast line without end";
        MarkdownText markdown = new MarkdownText(text);
        assertEquals(text, markdown.toString());
        assertEquals(text.length(), markdown.length(), "characters, as String counts them (an emoji is two)");
        assertEquals(text.lines().count(), markdown.lineCount());
        assertEquals(1, new MarkdownText("").lineCount(), "an empty note still has its one line");
    }

    @Test
    void equalByText() {
        assertEquals(new MarkdownText("a ✅"), new MarkdownText("a ✅"));
        assertEquals(new MarkdownText("a ✅").hashCode(), new MarkdownText("a ✅").hashCode());
        assertNotEquals(new MarkdownText("a ✅"), new MarkdownText("a ❌"));
    }
}
