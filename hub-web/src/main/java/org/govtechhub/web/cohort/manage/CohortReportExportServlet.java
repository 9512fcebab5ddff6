package org.govtechhub.web.cohort.manage;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.govtechhub.cohort.ApplicationService;
import org.govtechhub.cohort.ProgrammeService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.web.shared.ReportExportServlet;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GET /cohorts/manage/report/{cohort}.csv|.xlsx?table=funnel: a cohort's selection funnel (program managers). */
@WebServlet("/cohorts/manage/report/*")
public class CohortReportExportServlet extends ReportExportServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.(csv|xlsx)");

    @EJB
    private ProgrammeService programmes;

    @EJB
    private ApplicationService applications;

    @Override
    protected List<ReportTable> tables(HttpServletRequest request, Locale locale) {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            return List.of();
        }
        try {
            return List.of(applications.funnel(programmes.cohort(Long.valueOf(matcher.group(1)))));
        } catch (BusinessException notFound) {
            return List.of();
        }
    }
}
