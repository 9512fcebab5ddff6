package org.govtechhub.web.cohort;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govtechhub.cohort.ApplicationDocument;
import org.govtechhub.cohort.ApplicationService;
import org.govtechhub.shared.BusinessException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * GET /cohorts/document?id=…: an application's PDF, for its startup and for program managers (web.xml lets the roles
 * in; the service checks whose it is). Anything else, or a malformed id, is 404.
 */
@WebServlet("/cohorts/document")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationDocument document;
        byte[] content;
        try {
            Long id = Long.valueOf(request.getParameter("id"));
            if (request.getUserPrincipal() == null) {
                throw BusinessException.notFound(id);
            }
            document = applications.documentFor(id, request.getUserPrincipal().getName(), request.isUserInRole("PROGRAM_MANAGER"));
            content = document.getContent();
        } catch (NumberFormatException | BusinessException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = document.getFileName();
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName(name) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** The uploaded name reduced to letters, digits, dot, dash and underscore, ending in .pdf. */
    static String asciiName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (name.isEmpty() || "pdf".equalsIgnoreCase(name)) {
            name = "document";
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }
}
