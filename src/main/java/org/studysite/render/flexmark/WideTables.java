package org.studysite.render.flexmark;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import org.studysite.markdown.PlainText;

/**
 * Tables too wide for half an A4 page, decided at build time so print needs no script: on a cheat
 * sheet they get class {@code wide} and span both print columns instead of being squeezed or cut
 * off. Wide means many columns, or rows whose cells together hold more text than a column line fits.
 */
final class WideTables {
    /** Columns from which a table is wide whatever its text. */
    static final int WIDE_COLUMNS = 4;
    /** About the characters of one line of a print column at cheat-sheet table type size (7pt). */
    static final int COLUMN_CHARS = 60;
    /** A cell longer than this wraps anyway; beyond it, its length says nothing about width. */
    private static final int CELL_CAP = 24;

    private WideTables() {
    }

    static boolean isWide(TableBlock table) {
        int columns = 0;
        int[] widest = new int[0];
        for (Node row : org.studysite.markdown.Nodes.descendants(table)) {
            if (!(row instanceof TableRow)) continue;
            int cells = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (!(cell instanceof TableCell)) continue;
                if (widest.length <= cells) widest = java.util.Arrays.copyOf(widest, cells + 1);
                widest[cells] = Math.max(widest[cells], Math.min(CELL_CAP, PlainText.withCode(cell).length()));
                cells++;
            }
            columns = Math.max(columns, cells);
        }
        return columns >= WIDE_COLUMNS || java.util.Arrays.stream(widest).sum() + 2 * columns > COLUMN_CHARS;
    }
}
