package org.govtechhub.web.mentoring;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govtechhub.mentoring.MentoringSession;
import org.govtechhub.mentoring.SessionLogService;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * GET /mentoring/calendar/{token}.ics: a mentor's planned meetings as an iCalendar feed (RFC 5545) a
 * calendar app can subscribe to. The unguessable token stands in for a sign-in; an unknown token
 * gives an empty calendar. Times are UTC.
 */
@WebServlet("/mentoring/calendar/*")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @EJB
    private SessionLogService sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        List<MentoringSession> planned = sessions.plannedFor(path.replaceFirst("\\.ics$", ""));
        response.setContentType("text/calendar;charset=UTF-8");
        PrintWriter out = response.getWriter();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//GovTech Hub//Mentoring//EN");
        line(out, "CALSCALE:GREGORIAN");
        for (MentoringSession session : planned) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:mentoring-" + session.getId() + "@govtech-hub");
            line(out, "DTSTAMP:" + UTC.format(session.getUpdatedAt()));
            line(out, "DTSTART:" + UTC.format(session.getNextMeetingAt()));
            line(out, "DTEND:" + UTC.format(session.getNextMeetingAt().plusMinutes(session.getDurationMinutes())));
            line(out, "SUMMARY:" + escape(session.getMatch().getStartup().getName()));
            line(out, "DESCRIPTION:" + escape(session.getTopics()));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
    }

    private static void line(PrintWriter out, String text) {
        out.print(text);
        out.print("\r\n");
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n").replace("\r", "");
    }
}
