package org.govtechhub.web.procurement;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govtechhub.procurement.TenderDocument;
import org.govtechhub.procurement.TenderService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.web.shared.PdfDownloadServlet;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** GET /procurement/document?id=…: a document of a published opportunity, for everyone; of a draft, its department's. */
@WebServlet("/procurement/document")
public class TenderDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private TenderService tenders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TenderDocument document;
        byte[] content;
        try {
            document = tenders.document(Long.valueOf(request.getParameter("id")),
                    request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName());
            content = document.getContent();
        } catch (NumberFormatException | BusinessException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = document.getFileName();
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + PdfDownloadServlet.asciiName(name) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
