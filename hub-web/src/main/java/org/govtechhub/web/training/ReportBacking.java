package org.govtechhub.web.training;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.training.TrainingReportService;
import org.govtechhub.web.shared.CurrentUser;

import java.util.List;

/**
 * training/report.xhtml: the training dashboard. Program managers see every department; a department
 * head (DEPARTMENT role) sees their own. Tables, a chart, and CSV/XLSX exports of each table
 * (rendered by WEB-INF/tags/report.xhtml).
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
}
