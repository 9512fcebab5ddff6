package org.govtechhub.web.training;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.training.TrainingReportService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.ReportExportServlet;

import java.util.List;
import java.util.Locale;

/** GET /training/report.csv?table=… and /training/report.xlsx?table=…: one table of the training dashboard. */
@WebServlet({"/training/report.csv", "/training/report.xlsx"})
public class TrainingReportExportServlet extends ReportExportServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingReportService reports;

    @EJB
    private PersonService people;

    @Inject
    private CurrentUser user;

    @Override
    protected List<ReportTable> tables(HttpServletRequest request, Locale locale) {
        return reports.report(ReportBacking.scope(user, people), locale);
    }
}
