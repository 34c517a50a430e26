package org.studysite.parse;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.studysite.markdown.PlainText;
import org.studysite.markdown.SourceLines;
import org.studysite.model.Definition;
import org.studysite.model.Heading;
import org.studysite.model.Section;

/**
 * Glossary paragraphs and list items that open with a bold term: {@code **Term** - text} (also with
 * – or —), {@code **Term:** text} and {@code **Term**: text}. The definition must start on the
 * term's own line and be more than tags: a bold label alone on its line ({@code **Use case:**} with
 * the text below, {@code **Workflow:** `#important`}) is a pseudo-heading, not a definition.
 */
final class GlossaryExtractor {
    /** After the bold term: a dash with white space after it (so "->" is a drill arrow, not a dash), or a colon. */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[-–—]\\s+|:\\s*)");
    /** Tag code such as {@code `#exam-tip`}: not definition text. */
    private static final Pattern TAG_CODE = Pattern.compile("`\\s*#[A-Za-z][A-Za-z0-9_/-]*\\s*`");

    List<Definition> extract(Document document, List<Section> sections) {
        List<Definition> definitions = new ArrayList<>();
        for (Node node : org.studysite.markdown.Nodes.descendants(document)) {
            if (!(node instanceof Paragraph p) || !(p.getFirstChild() instanceof StrongEmphasis strong)) continue;
            if (p.getParent() instanceof ListItem item && item.getFirstChild() != p) continue;
            definition(p, strong).ifPresent(d -> {
                int line = SourceLines.start(p);
                String section = TagScoper.headingAt(sections, line).map(Heading::id).orElse("");
                definitions.add(new Definition(d.term(), d.text(), section, line));
            });
        }
        return definitions;
    }

    private record TermAndText(String term, String text) {
    }

    /** Term and text, or empty when the paragraph is not a definition. */
    private static Optional<TermAndText> definition(Paragraph p, StrongEmphasis strong) {
        String bold = PlainText.withCode(strong);
        boolean colonInside = bold.endsWith(":");
        String term = bold.replaceAll("[\\s:]+$", "").strip();
        String restOfLine = TAG_CODE.matcher(sameLineAfter(strong)).replaceAll("").strip();
        if (term.isEmpty() || !startsDefinition(restOfLine, colonInside)) return Optional.empty();
        String plain = PlainText.withCode(p);
        String text = SEPARATOR.matcher(plain.substring(Math.min(bold.length(), plain.length()))).replaceFirst("").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(new TermAndText(term, text));
    }

    /** Whether what follows the bold term on its line is a separator and then words. */
    private static boolean startsDefinition(String restOfLine, boolean colonInside) {
        var m = SEPARATOR.matcher(restOfLine);
        if (m.find()) return !restOfLine.substring(m.end()).isBlank();
        // "**Purpose:** text": the colon is inside the bold, so the text follows directly.
        return colonInside && !restOfLine.isEmpty() && !restOfLine.startsWith("->") && !restOfLine.startsWith("→");
    }

    /** The source text after the bold span up to the end of its line. */
    private static String sameLineAfter(StrongEmphasis strong) {
        BasedSequence rest = strong.getDocument().getChars().subSequence(strong.getEndOffset());
        int end = rest.indexOf('\n');
        return (end < 0 ? rest : rest.subSequence(0, end)).toString();
    }
}
