package org.govtechhub.web.training;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.training.Certificate;
import org.govtechhub.training.CertificateService;
import org.govtechhub.web.shared.Messages;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * GET /training/certificate.pdf?code=…: the holder's certificate as a PDF, or anyone's for program
 * managers (web.xml lets civil servants and program managers in; the service checks whose it is).
 */
@WebServlet("/training/certificate.pdf")
public class CertificateDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Certificate certificate;
        try {
            certificate = certificates.forDownload(request.getParameter("code"), request.getUserPrincipal().getName(),
                    request.isUserInRole("PROGRAM_MANAGER"));
        } catch (BusinessException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = "ru".equals(request.getParameter("lang")) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        String verifyUrl = request.getRequestURL().toString().replace(request.getServletPath(), "/verify/" + certificate.getCode());
        byte[] pdf = CertificatePdf.render(certificate, ResourceBundle.getBundle(Messages.BUNDLE, locale), verifyUrl);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate-" + certificate.getCode() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
