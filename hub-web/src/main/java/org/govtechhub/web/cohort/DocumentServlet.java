package org.govtechhub.web.cohort;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import org.govtechhub.cohort.ApplicationService;
import org.govtechhub.shared.StoredPdf;
import org.govtechhub.web.shared.PdfDownloadServlet;

/** GET /cohorts/document?id=…: an application's PDF, for its startup and for program managers. */
@WebServlet("/cohorts/document")
public class DocumentServlet extends PdfDownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    @Override
    protected StoredPdf find(Long id, String user, boolean manager) {
        return applications.documentFor(id, user, manager);
    }
}
