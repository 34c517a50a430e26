package org.studysite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.studysite.testing.Notes;

/** One parse serves every region of a note: a slice keeps only the region's lines, and closing it puts the note back. */
class LineSliceTest {
    private static final String MD = """
            # Title

            ## A
            text a

            - one
            - two
              - two.one
              - two.two
            - three

            ---

            ## B
            text b
            """;
    private final HtmlRenderer html = HtmlRenderer.builder(Notes.dialect().options()).build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3 | 4  | <h2>A</h2>\\n<p>text a</p>\\n
            7 | 8  | <ul>\\n<li>two\\n<ul>\\n<li>two.one</li>\\n</ul>\\n</li>\\n</ul>\\n
            9 | 12 | <ul>\\n<li>\\n<ul>\\n<li>two.two</li>\\n</ul>\\n</li>\\n<li>three</li>\\n</ul>\\n
            14 | 15 | <h2>B</h2>\\n<p>text b</p>\\n
            """)
    void keepsTheRegionThenRestoresTheWholeNote(int from, int to, String expected) {
        Document document = Notes.dialect().parse(MD);
        String whole = html.render(document);
        try (LineSlice slice = LineSlice.of(document, from, to)) {
            assertEquals(expected.replace("\\n", "\n"), html.render(document));
        }
        assertEquals(whole, html.render(document), "every block back in its place");
    }
}
