package org.govtechhub.procurement;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.PdfUpload;
import org.govtechhub.shared.StoredPdf;

/** A document of a bid, sealed with it until the lot's bids are opened: a PDF by its content, at most 10 MB. */
@Entity
@Table(name = "procurement_bid_document")
@NamedQuery(name = "BidDocument.ofBid", query = "SELECT d FROM BidDocument d WHERE d.bid = :bid ORDER BY d.id")
public class BidDocument extends StoredPdf {

    private static final long serialVersionUID = 1L;

    /** The same rules as an opportunity's documents. */
    public static final PdfUpload UPLOAD = TenderDocument.UPLOAD;

    @ManyToOne
    @JoinColumn(name = "bid_id", nullable = false, updatable = false)
    private Bid bid;

    protected BidDocument() {
    }

    public BidDocument(Bid bid, String fileName, byte[] content) {
        super(UPLOAD, fileName, content);
        this.bid = bid;
    }

    public Bid getBid() {
        return bid;
    }
}
