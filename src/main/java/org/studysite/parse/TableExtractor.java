package org.studysite.parse;

import org.studysite.markdown.SourceLines;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.studysite.markdown.PlainText;
import org.studysite.model.Section;
import org.studysite.model.Table;

/** Every pipe table as plain-text cells, with the heading it stands under. */
final class TableExtractor {

    List<Table> extract(Document document, List<Section> sections) {
        List<Table> tables = new ArrayList<>();
        for (Node node : document.getDescendants()) {
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
            tables.add(new Table(header, rows, section.map(Section::path).orElse(List.of()),
                    section.map(s -> s.heading().id()).orElse(""), line));
        }
        return tables;
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
