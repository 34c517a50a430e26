package org.studysite.render.flexmark;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Puts the region marks of the note's context ({@link NoteContext#mark}) on the element of each
 * block. A list item's {@code <li>} is written as a list-item part, not the node part; a table's
 * marks go on the box around it ({@link StudyNodeRenderer}), which is the element the page shows.
 */
final class RegionAttributeProvider implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Block) || node instanceof TableBlock) return;
        boolean element = node instanceof ListItem
                ? part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM
                : part == AttributablePart.NODE;
        if (element) NoteContext.of(node.getDocument()).mark(node, attributes);
    }
}
