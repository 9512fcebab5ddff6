package org.govtechhub.web.ideas;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govtechhub.ideas.IdeaAttachment;
import org.govtechhub.ideas.IdeaService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.web.shared.PdfDownloadServlet;

import java.io.IOException;

/**
 * GET /ideas/attachment?id=…: an idea's attachment for whoever may read the idea (everyone for a published or merged
 * one); anything else, or a malformed id, is 404. Sent as a download of its checked type, never sniffed.
 */
@WebServlet("/ideas/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private IdeaService ideas;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        IdeaAttachment attachment;
        byte[] content;
        try {
            Long id = Long.valueOf(request.getParameter("id"));
            attachment = ideas.attachment(id, request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName());
            content = attachment.getContent();
        } catch (NumberFormatException | BusinessException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = PdfDownloadServlet.asciiName(attachment.getFileName()).replaceFirst("\\.pdf$", "");
        String extension = switch (attachment.getContentType()) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".pdf";
        };
        response.setContentType(attachment.getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name.replaceFirst("\\.(png|jpe?g)$", "") + extension + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
