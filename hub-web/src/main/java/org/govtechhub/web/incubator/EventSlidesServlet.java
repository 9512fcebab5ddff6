package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govtechhub.identity.Role;
import org.govtechhub.incubator.EventService;
import org.govtechhub.incubator.EventSlides;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.web.shared.PdfDownloadServlet;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GET /incubator/event-slides?id=…: a report's slides, for everyone once its presentation is published, for program
 * managers before. Anything else, or a malformed id, is 404.
 */
@WebServlet("/incubator/event-slides")
public class EventSlidesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private EventService events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EventSlides slides;
        byte[] content;
        try {
            slides = events.slides(Long.valueOf(request.getParameter("id")), request.isUserInRole(Role.PROGRAM_MANAGER.name()));
            content = slides.getContent();
        } catch (NumberFormatException | BusinessException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = slides.getFileName();
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + PdfDownloadServlet.asciiName(name) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
