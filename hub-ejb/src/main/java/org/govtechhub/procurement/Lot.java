package org.govtechhub.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A lot of an opportunity, bid for and awarded on its own: its title and budget. An open lot takes bids until the
 * tender's deadline; its bids stay sealed until then and are opened by the department afterwards; it is awarded to
 * one bid, or cancelled with a reason.
 */
@Entity
@Table(name = "procurement_lot")
public class Lot extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The evaluation rounds of a lot are kept under this owner key prefix. */
    public static final String OWNER_PREFIX = "tender-lot:";

    @ManyToOne
    @JoinColumn(name = "tender_id", nullable = false, updatable = false)
    private Tender tender;

    private int position;

    private String title;

    @Column(name = "budget_amount")
    private BigDecimal budget;

    @Enumerated(EnumType.STRING)
    private LotStatus status = LotStatus.OPEN;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @ManyToOne
    @JoinColumn(name = "winner_bid_id")
    private Bid winner;

    @Column(name = "awarded_price")
    private BigDecimal awardedPrice;

    @Column(name = "awarded_at")
    private LocalDateTime awardedAt;

    protected Lot() {
    }

    Lot(Tender tender, int position, String title, BigDecimal budget) {
        this.tender = tender;
        this.position = position;
        this.title = title;
        this.budget = budget;
    }

    void renumber(int newPosition) {
        position = newPosition;
    }

    /** The owner key of this lot's evaluation rounds. */
    public String owner() {
        return OWNER_PREFIX + getId();
    }

    /** Whether a bid may be made (or withdrawn) now: the tender published, its deadline ahead, the lot open. */
    void requireTakesBids(LocalDateTime nowUtc) {
        tender.requireBeforeDeadline(nowUtc);
        if (status != LotStatus.OPEN) {
            throw new BusinessException("procurement.bid.lotClosed", title, status.name());
        }
    }

    /**
     * Opens the sealed bids: only once the deadline has passed. Every opening is logged by the caller; the first one
     * unseals the lot for good.
     */
    BidOpening open(String who, LocalDateTime nowUtc, int bidCount) {
        if (!tender.isPublished()) {
            throw BusinessException.notFound(getId());
        }
        if (!tender.isDeadlinePassed(nowUtc)) {
            throw new BusinessException("procurement.bid.sealed", title, tender.deadlineText());
        }
        if (openedAt == null) {
            openedAt = nowUtc;
        }
        return new BidOpening(this, who, nowUtc, bidCount);
    }

    /** Refused while the bids are sealed. */
    void requireOpened() {
        if (openedAt == null) {
            throw new BusinessException("procurement.bid.sealed", title, tender.deadlineText());
        }
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    /** Cancels an open lot with a reason: it takes no more bids and is not awarded. */
    void cancel(String reason) {
        if (status != LotStatus.OPEN) {
            throw new BusinessException("procurement.lot.notOpen", title);
        }
        cancelReason = Tender.text(reason, 1000, "procurement.lot.reasonRequired");
        status = LotStatus.CANCELLED;
    }

    /** Awards the opened lot to one of its submitted bids, at the bid's price. */
    void award(Bid bid, LocalDateTime nowUtc) {
        requireOpened();
        if (status != LotStatus.OPEN) {
            throw new BusinessException("procurement.lot.notOpen", title);
        }
        if (!bid.getLot().equals(this) || bid.getStatus() != BidStatus.SUBMITTED) {
            throw BusinessException.notFound(bid.getId());
        }
        winner = bid;
        awardedPrice = bid.openedPrice();
        awardedAt = nowUtc;
        status = LotStatus.AWARDED;
    }

    public boolean isAwarded() {
        return status == LotStatus.AWARDED;
    }

    @Override
    protected String auditSummary() {
        return "lot " + position + " " + title + " (" + status + ")";
    }

    public Tender getTender() {
        return tender;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public LotStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    /** The winning bid once awarded (the award is public); null before. */
    public Bid getWinner() {
        return winner;
    }

    public BigDecimal getAwardedPrice() {
        return awardedPrice;
    }

    public LocalDateTime getAwardedAt() {
        return awardedAt;
    }
}
