package org.studysite.parse;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.studysite.markdown.HeadingIds;
import org.studysite.markdown.PlainText;
import org.studysite.model.BlockAnchor;
import org.studysite.model.Section;
import org.studysite.model.Table;

/**
 * Every pipe table as plain-text cells, with the heading it stands under, the bold label just
 * before it and a page-unique anchor. Run after headings and tagged blocks have their ids.
 */
final class TableExtractor {

    /**
     * @param ids the page's id allocator, already holding heading and tagged-block ids
     * @param blockAnchors a tagged table already has an id; it keeps it, so links to it stay one
     */
    List<Table> extract(Document document, List<Section> sections, HeadingIds ids, List<BlockAnchor> blockAnchors) {
        List<Table> tables = new ArrayList<>();
        for (Node node : org.studysite.markdown.Nodes.descendants(document)) {
            if (!(node instanceof TableBlock block)) continue;
            List<String> header = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof TableHead) {
                    rowsOf(part).stream().findFirst().ifPresent(header::addAll);
                } else if (part instanceof TableBody) {
                    rows.addAll(rowsOf(part));
                }
            }
            int line = SourceLines.start(block);
            var section = sections.stream().filter(s -> s.startLine() <= line && line <= s.endLine())
                    .reduce((a, b) -> b);
            String headingId = section.map(s -> s.heading().id()).orElse("");
            String anchor = blockAnchors.stream().filter(a -> a.line() == line).map(BlockAnchor::id).findFirst()
                    .orElseGet(() -> ids.allocateSlug(headingId.isEmpty() ? "table-" + (tables.size() + 1) : "table-" + headingId));
            tables.add(new Table(header, rows, section.map(Section::path).orElse(List.of()), headingId, line,
                    label(block).orElse(""), anchor));
        }
        return tables;
    }

    /** The bold text opening the paragraph right before the table ("**Comparison:**" gives "Comparison"). */
    private static Optional<String> label(TableBlock block) {
        if (!(block.getPrevious() instanceof Paragraph p) || !(p.getFirstChild() instanceof StrongEmphasis strong)) {
            return Optional.empty();
        }
        String text = PlainText.of(strong).replaceAll("[:\\s]+$", "");
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static List<List<String>> rowsOf(Node part) {
        List<List<String>> rows = new ArrayList<>();
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
            if (!(row instanceof TableRow)) continue;
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell) cells.add(PlainText.withCode(cell));
            }
            rows.add(cells);
        }
        return rows;
    }
}
