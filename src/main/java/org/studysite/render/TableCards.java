package org.studysite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.studysite.model.Table;

/**
 * Which table rows are question/answer pairs. A two-column table is always one: the notes use them
 * for "Scenario | Solution" drills. A wider table is a card source only when its first header
 * names the question ("Scenario", "Workload", "Use case", "Symptom", "If …"): then each row asks its first
 * cell and the other cells answer it. Otherwise (first header "Factor", "Feature", "Aspect" …) it
 * is a comparison grid, where a row alone is no question a reader could answer, so it gives none.
 */
final class TableCards {
    private static final Pattern QUESTION_HEADER = Pattern.compile(
            "(?i)(scenario|question|situation|workload|use[ -]?case|problem|requirement|need|task|if|when|goal|symptom)s?\\b.*");

    /** A row as a card's front and back lines; rows with an empty question or answer are skipped. */
    record Pair(int row, String front, List<String> back) {
    }

    /** Whether a wider table's rows are cards; two-column tables always are. */
    static boolean isQuestionTable(Table table) {
        int columns = table.header().size();
        if (columns == 2) return true;
        return columns > 2 && QUESTION_HEADER.matcher(table.header().get(0).strip()).matches();
    }

    static List<Pair> pairs(Table table) {
        if (!isQuestionTable(table)) return List.of();
        List<Pair> pairs = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            if (row.isEmpty() || row.get(0).isBlank()) continue;
            List<String> back = table.header().size() == 2 ? cellsOnly(row) : labelled(table.header(), row);
            if (!back.isEmpty()) pairs.add(new Pair(r + 1, withContext(table.header().get(0), row.get(0)), back));
        }
        return pairs;
    }

    /** "Scenario: Read features live": the header says what kind of question the cell is. */
    private static String withContext(String header, String cell) {
        return header.isBlank() ? cell.strip() : header.strip() + ": " + cell.strip();
    }

    private static List<String> cellsOnly(List<String> row) {
        return row.size() > 1 && !row.get(1).isBlank() ? List.of(row.get(1).strip()) : List.of();
    }

    /** "Header: value" for every non-empty answer cell. */
    private static List<String> labelled(List<String> header, List<String> row) {
        List<String> lines = new ArrayList<>();
        for (int c = 1; c < row.size(); c++) {
            if (row.get(c).isBlank()) continue;
            String label = c < header.size() ? header.get(c).strip() : "";
            lines.add(label.isEmpty() ? row.get(c).strip() : label + ": " + row.get(c).strip());
        }
        return lines;
    }
}
