package org.govtechhub.web.mentoring;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.govtechhub.mentoring.MentoringHealthService;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.web.shared.ReportExportServlet;

import java.util.List;
import java.util.Locale;

/** GET /mentoring/health.csv?table=… and /mentoring/health.xlsx?table=…: one table of the mentoring health dashboard. */
@WebServlet({"/mentoring/health.csv", "/mentoring/health.xlsx"})
public class HealthExportServlet extends ReportExportServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private MentoringHealthService health;

    @Override
    protected List<ReportTable> tables(HttpServletRequest request, Locale locale) {
        return health.report();
    }
}
