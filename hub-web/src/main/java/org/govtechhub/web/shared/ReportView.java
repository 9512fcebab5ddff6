package org.govtechhub.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.govtechhub.shared.ReportTable;

import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Renders dashboard tables (WEB-INF/tags/report.xhtml): headings, heatmap colours, a Chart.js bar chart. */
@Named
@ApplicationScoped
public class ReportView {

    private static final String[] COLOURS = {"#0b3d91", "#f59e0b", "#9ca3af", "#60a5fa", "#15803d", "#b91c1c", "#7c3aed"};

    /**
     * The most rows a page shows of one table: a dashboard stays a few dozen kilobytes at city scale (a year's
     * hours of 50,000 civil servants); the CSV and XLSX downloads hold every row.
     */
    public static final int SHOWN_ROWS = 100;

    public int getShownRows() {
        return SHOWN_ROWS;
    }

    /** A cell as the page shows it: a label in the reader's language, anything else as it is. */
    public Object cell(Object value) {
        return value instanceof ReportTable.Label ? ReportExport.cell(bundle(), value) : value;
    }

    public String heading(ReportTable.Column column) {
        return ReportExport.label(bundle(), column);
    }

    /** Heatmap colour class for an average level 0..4. */
    public String heat(Object value) {
        return value instanceof Number number ? "hub-heat-" + Math.min(4, (int) Math.round(number.doubleValue())) : "";
    }

    /** A Chart.js bar chart of one numeric column against a label column. */
    public String barChart(ReportTable table, int labelColumn, int valueColumn) {
        return chart(table, labelColumn, List.of(valueColumn), false);
    }

    /**
     * A stacked Chart.js bar chart: one bar per row (labelled by {@code labelColumn}), one stacked dataset per
     * column from {@code firstValueColumn} to the last, e.g. how many of a juror's totals fall in each band.
     */
    public String stackedChart(ReportTable table, int labelColumn, int firstValueColumn) {
        return chart(table, labelColumn, IntStream.range(firstValueColumn, table.columns().size()).boxed().toList(), true);
    }

    private String chart(ReportTable table, int labelColumn, List<Integer> valueColumns, boolean stacked) {
        String labels = table.rows().stream().map(r -> json(ReportExport.cell(bundle(), r.get(labelColumn)))).collect(Collectors.joining(","));
        StringBuilder datasets = new StringBuilder();
        for (int i = 0; i < valueColumns.size(); i++) {
            int column = valueColumns.get(i);
            String data = table.rows().stream().map(r -> String.valueOf(r.get(column))).collect(Collectors.joining(","));
            datasets.append(i == 0 ? "" : ",").append("{\"label\":").append(json(heading(table.columns().get(column))))
                    .append(",\"data\":[").append(data).append("],\"backgroundColor\":\"").append(COLOURS[i % COLOURS.length]).append("\"}");
        }
        String axis = stacked ? "\"stacked\":true," : "";
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[" + datasets + "]},"
                + "\"options\":{\"scales\":{\"x\":{" + (stacked ? "\"stacked\":true" : "") + "},\"y\":{" + axis + "\"beginAtZero\":true}}}}";
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
