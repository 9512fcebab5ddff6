package org.govtechhub.web.procurement;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import org.govtechhub.procurement.BidService;
import org.govtechhub.shared.StoredPdf;
import org.govtechhub.web.shared.PdfDownloadServlet;

/**
 * GET /procurement/bid-document?id=…: a bid's document for its bidder, and once the lot's bids are opened for the
 * department and the jurors who score the bid; anything else (a sealed bid among them) is 404.
 */
@WebServlet("/procurement/bid-document")
public class BidDocumentServlet extends PdfDownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private BidService bids;

    @Override
    protected StoredPdf find(Long id, String user, boolean manager) {
        return bids.document(id, user);
    }
}
