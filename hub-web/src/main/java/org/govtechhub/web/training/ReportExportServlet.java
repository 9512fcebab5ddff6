package org.govtechhub.web.training;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.training.ReportTable;
import org.govtechhub.training.TrainingReportService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/** GET /training/report.csv?table=… and /training/report.xlsx?table=…: one table of the training dashboard. */
@WebServlet({"/training/report.csv", "/training/report.xlsx"})
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingReportService reports;

    @EJB
    private PersonService people;

    @Inject
    private CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "ru".equals(request.getParameter("lang")) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        ReportTable table;
        try {
            table = reports.table(request.getParameter("table"), ReportBacking.scope(user, people), locale);
        } catch (BusinessException unknownTable) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        boolean xlsx = request.getServletPath().endsWith(".xlsx");
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"training-" + table.id() + (xlsx ? ".xlsx\"" : ".csv\""));
        if (xlsx) {
            ReportExport.xlsx(table, bundle, response.getOutputStream());
        } else {
            ReportExport.csv(table, bundle, response.getOutputStream());
        }
    }
}
