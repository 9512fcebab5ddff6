package org.govtechhub.web.shared;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govtechhub.shared.AuditService;
import org.govtechhub.shared.ReportTable;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * GET …/{name}.csv?table=… or …/{name}.xlsx?table=…: one table of a dashboard, in the language asked
 * for ({@code lang=ru}). Each dashboard's servlet says where its tables come from.
 */
public abstract class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService audit;

    /** The dashboard's tables as the signed-in user may see them. */
    protected abstract List<ReportTable> tables(HttpServletRequest request, Locale locale);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "ru".equals(request.getParameter("lang")) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        String id = request.getParameter("table");
        Optional<ReportTable> found = tables(request, locale).stream().filter(t -> t.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportTable table = found.get();
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean xlsx = path.endsWith(".xlsx");
        audit.exported(path + "?table=" + table.id());
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + table.id() + (xlsx ? ".xlsx\"" : ".csv\""));
        if (xlsx) {
            ReportExport.xlsx(table, bundle, response.getOutputStream());
        } else {
            ReportExport.csv(table, bundle, response.getOutputStream());
        }
    }
}
