package org.govtechhub.shared;

import java.util.List;

/**
 * One table of the training report: an id, column headings as message-bundle keys (or, where the
 * heading is data such as a department's name, that text followed by a bundle key for what the column
 * shows of it), and rows of plain values. Pages, charts, CSV and XLSX exports all render this one shape.
 */
public record ReportTable(String id, List<Column> columns, List<List<Object>> rows) {

    /** A heading: {@code key} from the bundle, or {@code text} (data) and then {@code key}. */
    public record Column(String text, String key) {
        public static Column key(String key) {
            return new Column(null, key);
        }

        public static Column of(String text, String key) {
            return new Column(text, key);
        }
    }

    /** A cell that is a word, not data: shown as the bundle's text for {@code key} in the reader's language. */
    public record Label(String key) {
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
