package org.govtechhub.web.funnel;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.govtechhub.funnel.FunnelFilter;
import org.govtechhub.funnel.FunnelService;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.web.shared.ReportExportServlet;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /funnel/export/{year}/{department}/{programme}.csv|.xlsx?table=: one table of the funnel's report for that choice
 * (0: every year, department or programme).
 */
@WebServlet("/funnel/export/*")
public class FunnelExportServlet extends ReportExportServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,4})/(\\d{1,18})/(\\d{1,18})\\.(csv|xlsx)");

    @EJB
    private FunnelService funnel;

    /** Where a choice's tables are exported, without the extension. */
    static String path(FunnelFilter filter) {
        return "/funnel/export/" + filter.year() + "/" + orZero(filter.departmentId()) + "/" + orZero(filter.programmeId());
    }

    @Override
    protected List<ReportTable> tables(HttpServletRequest request, Locale locale) {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            return List.of();
        }
        return funnel.report(new FunnelFilter(Integer.parseInt(matcher.group(1)), orNull(matcher.group(2)), orNull(matcher.group(3))));
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    private static Long orNull(String id) {
        long value = Long.parseLong(id);
        return value == 0 ? null : value;
    }
}
