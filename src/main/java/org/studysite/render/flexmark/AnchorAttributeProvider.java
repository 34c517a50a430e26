package org.studysite.render.flexmark;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Ids come from the parsed model, computed once in parse (GitHub's rule for headings, labels for
 * tagged blocks), so links checked in resolve land on exactly these ids.
 */
final class AnchorAttributeProvider implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        // Flexmark writes a list item's <li> as a list-item part, never the node part (as RegionAttributeProvider knows).
        boolean element = node instanceof ListItem
                ? part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM
                : part == AttributablePart.NODE;
        if (!element) return;
        NoteContext note = NoteContext.of(node.getDocument());
        int line = SourceLines.start(node);
        String id = null;
        if (node instanceof Heading) {
            id = note.headingId(line);
        } else if (node instanceof TableBlock) {
            id = note.tableId(line);
        } else if (node instanceof ListItem) {
            id = note.blockId(line);
        } else if (node instanceof Paragraph p && !(p.getParent() instanceof ListItem && p.getParent().getFirstChild() == p)) {
            // A list item's first paragraph shares its line: the id goes on the <li>, which always renders.
            id = note.blockId(line);
        }
        if (id != null) attributes.replaceValue("id", id);
    }
}
