package org.govtechhub.web.shared;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.StoredPdf;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * GET …?id=…: a stored PDF for the signed-in user, as its context's service allows (web.xml lets the roles in; the
 * service checks whose it is). Anything else, or a malformed id, is 404. Each context names its lookup.
 */
public abstract class PdfDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The PDF with this id as this user may read it; {@link BusinessException} "not found" otherwise. */
    protected abstract StoredPdf find(Long id, String user, boolean manager);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredPdf pdf;
        byte[] content;
        try {
            Long id = Long.valueOf(request.getParameter("id"));
            if (request.getUserPrincipal() == null) {
                throw BusinessException.notFound(id);
            }
            pdf = find(id, request.getUserPrincipal().getName(), request.isUserInRole("PROGRAM_MANAGER"));
            content = pdf.getContent();
        } catch (NumberFormatException | BusinessException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = pdf.getFileName();
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName(name) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /**
     * The uploaded name reduced to letters, digits, dot, dash and underscore (nothing that could break out of the
     * header or name a path), ending in .pdf.
     */
    public static String asciiName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (name.isEmpty() || "pdf".equalsIgnoreCase(name)) {
            name = "attachment";
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }
}
