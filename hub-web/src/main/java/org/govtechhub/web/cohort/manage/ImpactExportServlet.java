package org.govtechhub.web.cohort.manage;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.govtechhub.cohort.ImpactService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.web.shared.ReportExportServlet;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /cohorts/manage/impact/cohort/{id}.csv|.xlsx?table=headline|stages and /cohorts/manage/impact/programme/{id}…:
 * one table of a cohort's or a programme's impact report (program managers).
 */
@WebServlet("/cohorts/manage/impact/*")
public class ImpactExportServlet extends ReportExportServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(cohort|programme)/(\\d{1,18})\\.(csv|xlsx)");

    @EJB
    private ImpactService impact;

    @Override
    protected List<ReportTable> tables(HttpServletRequest request, Locale locale) {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            return List.of();
        }
        Long id = Long.valueOf(matcher.group(2));
        try {
            return "cohort".equals(matcher.group(1)) ? impact.cohortReport(id) : impact.programmeReport(id);
        } catch (BusinessException notFound) {
            return List.of();
        }
    }
}
