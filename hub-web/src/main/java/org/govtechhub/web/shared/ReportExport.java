package org.govtechhub.web.shared;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.shared.SpreadsheetCell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Writes a report table as CSV (RFC 4180, UTF-8 with a BOM for spreadsheets) or as an XLSX workbook; every text cell
 * through {@link SpreadsheetCell}, so no cell runs as a formula.
 */
public final class ReportExport {

    private ReportExport() {
    }

    public static String label(ResourceBundle bundle, ReportTable.Column column) {
        return column.text() == null ? bundle.getString(column.key()) : column.text() + " · " + bundle.getString(column.key());
    }

    /** A cell as text: a {@link ReportTable.Label} in the bundle's language, anything else as it is. */
    public static String cell(ResourceBundle bundle, Object value) {
        return value instanceof ReportTable.Label label ? bundle.getString(label.key()) : String.valueOf(value);
    }

    public static void csv(ReportTable table, ResourceBundle bundle, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(table.columns().stream().map(c -> label(bundle, c)).toList()));
        for (List<Object> row : table.rows()) {
            writer.write(row.stream().map(v -> v instanceof Number ? String.valueOf(v) : SpreadsheetCell.csv(cell(bundle, v)))
                    .collect(Collectors.joining(",")) + "\r\n");
        }
        writer.flush();
    }

    public static void xlsx(ReportTable table, ResourceBundle bundle, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "GovTech Hub", "1.0");
        Worksheet sheet = workbook.newWorksheet(table.id());
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.value(0, c, SpreadsheetCell.neutralised(label(bundle, table.columns().get(c))));
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(r + 1, c, number);
                } else {
                    sheet.value(r + 1, c, SpreadsheetCell.neutralised(cell(bundle, value)));
                }
            }
        }
        workbook.finish();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(SpreadsheetCell::csv).collect(Collectors.joining(",")) + "\r\n";
    }
}
