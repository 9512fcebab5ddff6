package org.govtechhub.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;

import java.time.LocalDateTime;

/** One opening of a lot's bids: who opened them, when, and how many bids there were. The opening log lists them. */
@Entity
@Table(name = "procurement_opening")
@NamedQuery(name = "BidOpening.ofTender", query = "SELECT o FROM BidOpening o WHERE o.lot.tender = :tender ORDER BY o.openedAt, o.id")
public class BidOpening extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "lot_id", nullable = false, updatable = false)
    private Lot lot;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "bid_count")
    private int bidCount;

    protected BidOpening() {
    }

    BidOpening(Lot lot, String openedBy, LocalDateTime openedAt, int bidCount) {
        this.lot = lot;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.bidCount = bidCount;
    }

    @Override
    protected String auditSummary() {
        return "bids of lot " + lot.getId() + " opened by " + openedBy;
    }

    public Lot getLot() {
        return lot;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public int getBidCount() {
        return bidCount;
    }
}
