package org.govtechhub.web.award;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import org.govtechhub.award.EntryService;
import org.govtechhub.shared.StoredPdf;
import org.govtechhub.web.shared.PdfDownloadServlet;

/** GET /awards/attachment?id=…: an entry's PDF, for its author, program managers and its assigned, unconflicted jurors. */
@WebServlet("/awards/attachment")
public class AttachmentServlet extends PdfDownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private EntryService entries;

    @Override
    protected StoredPdf find(Long id, String user, boolean manager) {
        return entries.attachmentFor(id, user, manager);
    }
}
