package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.govtechhub.incubator.EventService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.ReportTable;
import org.govtechhub.web.shared.ReportExportServlet;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GET /incubator/manage/event-attendance/{id}.csv|.xlsx?table=byRegion|byKind: an event's attendance (program managers). */
@WebServlet("/incubator/manage/event-attendance/*")
public class EventAttendanceExportServlet extends ReportExportServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.(csv|xlsx)");

    @EJB
    private EventService events;

    @Override
    protected List<ReportTable> tables(HttpServletRequest request, Locale locale) {
        Matcher matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            return List.of();
        }
        try {
            return events.attendance(Long.valueOf(matcher.group(1)), locale);
        } catch (BusinessException notFound) {
            return List.of();
        }
    }
}
