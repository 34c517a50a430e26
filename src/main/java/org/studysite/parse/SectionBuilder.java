package org.studysite.parse;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.studysite.markdown.PlainText;
import org.studysite.model.Heading;
import org.studysite.model.Section;

/**
 * One section per heading: it runs until the next heading of the same or a higher level, its own
 * text until the next heading of any level. The path names its enclosing headings, except the
 * title heading, which the note's name already says.
 */
final class SectionBuilder {
    private static final int EXCERPT_CHARS = 140;

    /** @param titleLine the line of the heading that is the note's title (left out of paths), or 0 */
    List<Section> build(Document document, List<Heading> headings, int lastLine, int titleLine) {
        List<Section> sections = new ArrayList<>();
        List<Heading> open = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            open.removeIf(o -> o.level() >= h.level());
            open.add(h);
            int bodyEnd = i + 1 < headings.size() ? headings.get(i + 1).line() - 1 : lastLine;
            int end = lastLine;
            for (int j = i + 1; j < headings.size(); j++) {
                if (headings.get(j).level() <= h.level()) {
                    end = headings.get(j).line() - 1;
                    break;
                }
            }
            List<String> path = open.stream().filter(o -> o.line() != titleLine || o == h).map(Heading::text).toList();
            sections.add(new Section(h, path, h.line(), bodyEnd, end, excerpt(document, h.line(), bodyEnd)));
        }
        return sections;
    }

    /** The plain text of the top-level blocks after the heading line up to {@code endLine}. */
    static String excerpt(Document document, int afterLine, int endLine) {
        StringBuilder text = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null && text.length() < EXCERPT_CHARS; block = block.getNext()) {
            int start = SourceLines.start(block);
            if (start > afterLine && start <= endLine && !(block instanceof com.vladsch.flexmark.ast.Heading)) {
                text.append(PlainText.of(block)).append(' ');
            }
        }
        return PlainText.shorten(text.toString().strip(), EXCERPT_CHARS);
    }
}
