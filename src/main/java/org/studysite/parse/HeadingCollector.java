package org.studysite.parse;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.studysite.markdown.HeadingIds;
import org.studysite.markdown.PlainText;
import org.studysite.markdown.TagSyntax;
import org.studysite.model.Heading;
import org.studysite.model.Tag;

/** Every heading of a note, in order, with its text (tag syntax removed), GitHub id and tags. */
final class HeadingCollector {

    List<Heading> collect(Document document, HeadingIds ids) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : org.studysite.markdown.Nodes.descendants(document)) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                String text = PlainText.of(h);
                headings.add(new Heading(h.getLevel(), text, ids.allocate(text), tagsIn(h), SourceLines.start(h)));
            }
        }
        return headings;
    }

    /** Tag code spans and Obsidian hashtags anywhere in the node, first occurrence order, no repeats. */
    static List<Tag> tagsIn(Node node) {
        List<Tag> tags = new ArrayList<>();
        for (Node n : org.studysite.markdown.Nodes.descendants(node)) {
            if (n instanceof Code code) {
                TagSyntax.ofCode(code).filter(t -> !tags.contains(t)).ifPresent(tags::add);
            } else if (n instanceof Text text && !(text.getParent() instanceof Code)) {
                for (var hashtag : TagSyntax.inText(text.getChars())) {
                    if (!tags.contains(hashtag.tag())) tags.add(hashtag.tag());
                }
            }
        }
        return tags;
    }
}
