package org.govtechhub.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.identity.Organisation;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A startup's bid for a lot: its price and a summary, with its documents. One per startup and lot: a withdrawn bid
 * may be submitted again, with a new price, before the deadline. The price is sealed until the lot's bids are opened
 * after the deadline: only the bidder reads it before ({@link #priceFor}); {@link #openedPrice} refuses.
 */
@Entity
@Table(name = "procurement_bid")
@NamedQuery(name = "Bid.ofLotAndBidder", query = "SELECT b FROM Bid b WHERE b.lot = :lot AND b.bidder = :bidder")
@NamedQuery(name = "Bid.submittedOfLot", query = "SELECT b FROM Bid b WHERE b.lot = :lot "
        + "AND b.status = org.govtechhub.procurement.BidStatus.SUBMITTED ORDER BY b.id")
@NamedQuery(name = "Bid.ofLot", query = "SELECT b FROM Bid b WHERE b.lot = :lot ORDER BY b.id")
@NamedQuery(name = "Bid.ofBidder", query = "SELECT b FROM Bid b WHERE b.bidder = :bidder ORDER BY b.id DESC")
@NamedQuery(name = "Bid.countBidderOfTender", query = "SELECT COUNT(b) FROM Bid b WHERE b.lot.tender = :tender AND b.bidder = :bidder "
        + "AND b.status = org.govtechhub.procurement.BidStatus.SUBMITTED")
public class Bid extends BaseEntity {

    private static final long serialVersionUID = 1L;

    static final int SUMMARY_MAX = 10_000;

    @ManyToOne
    @JoinColumn(name = "lot_id", nullable = false, updatable = false)
    private Lot lot;

    @ManyToOne
    @JoinColumn(name = "bidder_id", nullable = false, updatable = false)
    private Organisation bidder;

    @Column(name = "submitted_by")
    private String submittedBy;

    private BigDecimal price;

    private String summary;

    @Enumerated(EnumType.STRING)
    private BidStatus status;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    protected Bid() {
    }

    private Bid(Lot lot, Organisation bidder) {
        this.lot = lot;
        this.bidder = bidder;
    }

    /**
     * A startup bids for a lot: refused after the deadline ("the deadline passed at …"), on a cancelled or awarded lot,
     * and when the startup already has a bid for it. {@code existing} is its earlier bid for this lot, if any: a
     * withdrawn one is submitted again with the new price.
     */
    public static Bid submit(Lot lot, Organisation bidder, Bid existing, String email, BigDecimal price, String summary, LocalDateTime nowUtc) {
        lot.requireTakesBids(nowUtc);
        if (existing != null && existing.status == BidStatus.SUBMITTED) {
            throw new BusinessException("procurement.bid.duplicate", lot.getTitle());
        }
        BigDecimal checkedPrice = Tender.amount(price, "procurement.bid.priceInvalid");
        String checkedSummary = summary == null || summary.isBlank() ? null : Tender.text(summary, SUMMARY_MAX, "procurement.bid.priceInvalid");
        Bid bid = existing == null ? new Bid(lot, bidder) : existing;
        bid.submittedBy = email;
        bid.price = checkedPrice;
        bid.summary = checkedSummary;
        bid.status = BidStatus.SUBMITTED;
        bid.submittedAt = nowUtc;
        return bid;
    }

    /** Withdraws the bid before the deadline; it may be submitted again until then. */
    public void withdraw(LocalDateTime nowUtc) {
        lot.requireTakesBids(nowUtc);
        if (status != BidStatus.SUBMITTED) {
            throw new BusinessException("procurement.bid.notSubmitted", lot.getTitle());
        }
        status = BidStatus.WITHDRAWN;
    }

    /** The price once the lot's bids are opened; refused while sealed, whoever asks. */
    public BigDecimal openedPrice() {
        lot.requireOpened();
        return price;
    }

    /** The summary once the lot's bids are opened; refused while sealed. */
    public String openedSummary() {
        lot.requireOpened();
        return summary;
    }

    /** The price as this organisation may read it: its own bid's always, anyone's once opened; otherwise refused. */
    public BigDecimal priceFor(Organisation reader) {
        return bidder.equals(reader) ? price : openedPrice();
    }

    public boolean isBy(Organisation organisation) {
        return bidder.equals(organisation);
    }

    @Override
    protected String auditSummary() {
        return "bid of " + bidder.getName() + " for lot " + lot.getId() + " (" + status + ")";
    }

    public Lot getLot() {
        return lot;
    }

    public Organisation getBidder() {
        return bidder;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public BidStatus getStatus() {
        return status;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }
}
