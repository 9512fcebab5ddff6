package org.govtechhub.web.procurement;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.govtechhub.procurement.Bid;
import org.govtechhub.procurement.BidDocument;
import org.govtechhub.procurement.BidService;
import org.govtechhub.procurement.Lot;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;
import org.govtechhub.web.shared.UploadedPdf;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * procurement/bid.xhtml?lot=: the startup's bid for a lot — its price, summary and documents before the deadline;
 * withdraw and bid again until then. A refused bid keeps what was typed.
 */
@Named
@ViewScoped
public class BidBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BidService bids;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long lotId;
    private Lot lot;
    private Bid bid;
    private List<BidDocument> documents = List.of();
    private BigDecimal price;
    private String summary;
    private transient Part file;

    public void load() {
        lot = bids.publishedLot(lotId);
        bid = bids.myBid(lotId, user.email()).orElse(null);
        documents = bid == null ? List.of() : bids.documents(bid);
    }

    public void submit() {
        Part chosen = file;
        file = null;
        boolean withFile = chosen != null && chosen.getSize() > 0;
        byte[] content = withFile ? UploadedPdf.read(chosen, BidDocument.UPLOAD, "procurement.document.required") : null;
        bids.submit(lotId, price, summary, withFile ? chosen.getSubmittedFileName() : null, content, user.email());
        load();
        messages.info("procurement_bid.submitted", lot.getTitle());
    }

    public void attach() {
        Part chosen = file;
        file = null;
        byte[] content = UploadedPdf.read(chosen, BidDocument.UPLOAD, "procurement.document.required");
        bids.attach(bid.getId(), chosen.getSubmittedFileName(), content, user.email());
        load();
        messages.info("procurement_bid.attached");
    }

    public void withdraw() {
        bids.withdraw(bid.getId(), user.email());
        load();
        messages.info("procurement_bid.withdrawn", lot.getTitle());
    }

    public boolean isOpen() {
        return lot.getTender().isOpenForBids(Clock.now());
    }

    /** Whether the startup has a bid that counts. */
    public boolean isSubmitted() {
        return bid != null && bid.getStatus() == org.govtechhub.procurement.BidStatus.SUBMITTED;
    }

    public BigDecimal getMyPrice() {
        return bid == null ? null : bid.priceFor(bid.getBidder());
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public Lot getLot() {
        return lot;
    }

    public Bid getBid() {
        return bid;
    }

    public List<BidDocument> getDocuments() {
        return documents;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
