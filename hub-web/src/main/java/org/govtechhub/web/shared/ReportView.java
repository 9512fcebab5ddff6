package org.govtechhub.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.govtechhub.shared.ReportTable;

import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Renders dashboard tables (WEB-INF/tags/report.xhtml): headings, heatmap colours, a Chart.js bar chart. */
@Named
@ApplicationScoped
public class ReportView {

    public String heading(ReportTable.Column column) {
        return ReportExport.label(bundle(), column);
    }

    /** Heatmap colour class for an average level 0..4. */
    public String heat(Object value) {
        return value instanceof Number number ? "hub-heat-" + Math.min(4, (int) Math.round(number.doubleValue())) : "";
    }

    /** A Chart.js bar chart of one numeric column against a label column. */
    public String barChart(ReportTable table, int labelColumn, int valueColumn) {
        String labels = table.rows().stream().map(r -> json(String.valueOf(r.get(labelColumn)))).collect(Collectors.joining(","));
        String data = table.rows().stream().map(r -> String.valueOf(r.get(valueColumn))).collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":"
                + json(heading(table.columns().get(valueColumn))) + ",\"data\":[" + data + "],\"backgroundColor\":\"#0b3d91\"}]},"
                + "\"options\":{\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
