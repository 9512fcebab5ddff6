package org.govtechhub.web.award.manage;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.govtechhub.award.AwardReportService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.web.shared.ReportExportServlet;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /awards/manage/report/{edition}/{round}.csv|.xlsx?table=ranking|matrix|jurors: a round's ranking with raw and
 * normalised scores, the full matrix of every juror's scores, or the jurors' distributions (program managers).
 */
@WebServlet("/awards/manage/report/*")
public class JudgingReportExportServlet extends ReportExportServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/([12])\\.(csv|xlsx)");

    @EJB
    private AwardReportService reports;

    @Override
    protected List<ReportTable> tables(HttpServletRequest request, Locale locale) {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            return List.of();
        }
        try {
            return reports.tables(Long.valueOf(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        } catch (BusinessException notFound) {
            return List.of();
        }
    }
}
