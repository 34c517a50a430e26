package org.studysite.parse;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.studysite.markdown.PlainText;
import org.studysite.model.Drill;
import org.studysite.model.Heading;
import org.studysite.model.Section;

/** Question -> answer list lines: {@code - **"Track runs?"** → SageMaker Experiments}, with → or ->. */
final class DrillExtractor {

    List<Drill> extract(Document document, List<Section> sections) {
        List<Drill> drills = new ArrayList<>();
        for (Node node : org.studysite.markdown.Nodes.descendants(document)) {
            if (!(node instanceof ListItem item) || !(item.getFirstChild() instanceof Paragraph p)) continue;
            String text = PlainText.withCode(p);
            int arrow = arrowAt(text);
            if (arrow < 0) continue;
            String question = trimQuotes(text.substring(0, arrow));
            String answer = text.substring(arrow).replaceFirst("^(→|->)", "").strip();
            if (question.isEmpty() || answer.isEmpty()) continue;
            int line = SourceLines.start(item);
            String section = TagScoper.headingAt(sections, line).map(Heading::id).orElse("");
            drills.add(new Drill(question, answer, section, line));
        }
        return drills;
    }

    private static int arrowAt(String text) {
        int unicode = text.indexOf('→');
        int ascii = text.indexOf("->");
        if (unicode < 0) return ascii;
        return ascii < 0 ? unicode : Math.min(unicode, ascii);
    }

    private static String trimQuotes(String question) {
        return question.strip().replaceAll("^[\"“”']+|[\"“”':]+$", "").strip();
    }
}
