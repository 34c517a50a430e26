package org.studysite.render;

import org.jsoup.nodes.Element;

/**
 * Marks tables too wide for half an A4 page, decided at build time so print needs no script: they
 * get class {@code wide} and span both print columns instead of being squeezed or cut off. Wide
 * means many columns, or rows whose cells together hold more text than a column line fits.
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

    static void mark(Element root) {
        for (Element wrap : root.select("div.table-wrap")) {
            Element table = wrap.selectFirst("table");
            if (table != null && isWide(table)) wrap.addClass("wide");
        }
    }

    static boolean isWide(Element table) {
        int columns = 0;
        int[] widest = new int[0];
        for (Element row : table.select("tr")) {
            var cells = row.select("> th, > td");
            columns = Math.max(columns, cells.size());
            if (widest.length < cells.size()) widest = java.util.Arrays.copyOf(widest, cells.size());
            for (int i = 0; i < cells.size(); i++) {
                widest[i] = Math.max(widest[i], Math.min(CELL_CAP, cells.get(i).text().length()));
            }
        }
        return columns >= WIDE_COLUMNS || java.util.Arrays.stream(widest).sum() + 2 * columns > COLUMN_CHARS;
    }
}
