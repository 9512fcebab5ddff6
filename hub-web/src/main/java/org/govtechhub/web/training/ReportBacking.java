package org.govtechhub.web.training;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.PersonService;
import org.govtechhub.training.ReportTable;
import org.govtechhub.training.TrainingReportService;
import org.govtechhub.web.shared.CurrentUser;

import java.util.List;
import java.util.stream.Collectors;

/**
 * training/report.xhtml: the training dashboard. Program managers see every department; a department
 * head (DEPARTMENT role) sees their own. Tables, a chart, and CSV/XLSX exports of each table.
 */
@Named
@RequestScoped
public class ReportBacking {

    @EJB
    private TrainingReportService reports;

    @EJB
    private PersonService people;

    @Inject
    private CurrentUser user;

    private List<ReportTable> tables;

    public List<ReportTable> getTables() {
        if (tables == null) {
            tables = reports.report(scope(user, people), user.locale());
        }
        return tables;
    }

    /** null (everything) for program managers; the own department for department heads. */
    static Long scope(CurrentUser user, PersonService people) {
        if (user.isInRole("PROGRAM_MANAGER")) {
            return null;
        }
        return people.findByEmail(user.email()).map(p -> p.getOrganisation() == null ? -1L : p.getOrganisation().getId()).orElse(-1L);
    }

    public String heading(ReportTable.Column column) {
        String label = ReportExport.label(FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg"), column);
        return label;
    }

    /** Heatmap colour class for an average level 0..4. */
    public String heat(Object value) {
        return value instanceof Number number ? "hub-heat-" + Math.min(4, (int) Math.round(number.doubleValue())) : "";
    }

    /** A Chart.js bar chart of the completion rate per track. */
    public String getCompletionChart() {
        ReportTable byTrack = getTables().stream().filter(t -> t.id().equals("completionByTrack")).findFirst().orElseThrow();
        String labels = byTrack.rows().stream().map(r -> json(r.get(0).toString())).collect(Collectors.joining(","));
        String data = byTrack.rows().stream().map(r -> r.get(3).toString()).collect(Collectors.joining(","));
        String title = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg").getString("training_report.rate");
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":" + json(title)
                + ",\"data\":[" + data + "],\"backgroundColor\":\"#0b3d91\"}]},"
                + "\"options\":{\"scales\":{\"y\":{\"beginAtZero\":true,\"max\":100}}}}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
