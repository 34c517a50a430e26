package org.studysite.parse;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.studysite.diagnostics.Diagnostic;
import org.studysite.markdown.HeadingIds;
import org.studysite.markdown.PlainText;
import org.studysite.markdown.TagSyntax;
import org.studysite.model.Heading;
import org.studysite.model.Tag;

/** Every heading of a note, in order, with its text (tag syntax removed), GitHub id and tags. */
final class HeadingCollector {

    List<Heading> collect(Document document, HeadingIds ids, String file, List<Diagnostic> diagnostics) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : org.studysite.markdown.Nodes.descendants(document)) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                String text = PlainText.of(h);
                int line = SourceLines.start(h);
                List<Tag> tags = TagLimit.first(tagsIn(h), file, line, "heading", diagnostics);
                headings.add(new Heading(h.getLevel(), text, ids.allocate(text), tags, line));
            }
        }
        return headings;
    }

    /** Tag code spans and Obsidian hashtags anywhere in the node, first occurrence order, no repeats. */
    static List<Tag> tagsIn(Node node) {
        Set<Tag> tags = new LinkedHashSet<>();
        for (Node n : org.studysite.markdown.Nodes.descendants(node)) {
            if (n instanceof Code code) {
                TagSyntax.ofCode(code).ifPresent(tags::add);
            } else if (n instanceof Text text && !(text.getParent() instanceof Code)) {
                for (var hashtag : TagSyntax.inText(text.getChars())) tags.add(hashtag.tag());
            }
        }
        return List.copyOf(tags);
    }

    /** Whether the node holds any tag: {@link #tagsIn} non-empty, without collecting them. */
    static boolean hasTags(Node node) {
        for (Node n : org.studysite.markdown.Nodes.descendants(node)) {
            if (n instanceof Code code && TagSyntax.ofCode(code).isPresent()) return true;
            if (n instanceof Text text && !(text.getParent() instanceof Code) && !TagSyntax.inText(text.getChars()).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
