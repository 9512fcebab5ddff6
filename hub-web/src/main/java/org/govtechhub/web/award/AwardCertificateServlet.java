package org.govtechhub.web.award;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govtechhub.award.AwardEntry;
import org.govtechhub.award.AwardService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.web.shared.Messages;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * GET /awards/certificate.pdf?entry=…&amp;lang=en|ru (public, like the results): the certificate of a prize winner
 * of a published edition; any other entry, or a malformed id, is 404.
 */
@WebServlet("/awards/certificate.pdf")
public class AwardCertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AwardService awards;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AwardEntry entry;
        try {
            entry = awards.publishedPrize(Long.valueOf(request.getParameter("entry")));
        } catch (NumberFormatException | BusinessException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = "ru".equals(request.getParameter("lang")) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        byte[] pdf = AwardCertificatePdf.render(entry, ResourceBundle.getBundle(Messages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"award-certificate-" + entry.getId() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
