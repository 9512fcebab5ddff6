package org.govtechhub.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;

/**
 * A supplier of a PCP call, kept at its first stage gate through its entry bid: the furthest phase it reached, whether
 * a later gate dropped it, and the money awarded to it in each phase it reached.
 */
@Entity
@Table(name = "procurement_pcp_supplier")
@NamedQuery(name = "PcpSupplier.ofCall", query = "SELECT s FROM PcpSupplier s WHERE s.call = :call ORDER BY s.dropped, s.id")
public class PcpSupplier extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "pcp_id", nullable = false, updatable = false)
    private PcpCall call;

    @ManyToOne
    @JoinColumn(name = "bid_id", nullable = false, updatable = false)
    private Bid bid;

    @Enumerated(EnumType.STRING)
    private PcpPhase reached;

    private boolean dropped;

    @Column(name = "amount_1")
    private BigDecimal amount1;

    @Column(name = "amount_2")
    private BigDecimal amount2;

    @Column(name = "amount_3")
    private BigDecimal amount3;

    protected PcpSupplier() {
    }

    PcpSupplier(PcpCall call, Bid bid) {
        this.call = call;
        this.bid = bid;
        this.reached = PcpPhase.SOLUTION_EXPLORATION;
    }

    /** Kept at a gate: it moves on to that phase. */
    void keep(PcpPhase phase) {
        reached = phase;
    }

    /** Not kept at a gate: it stays at the phase it reached. */
    void drop() {
        dropped = true;
    }

    public boolean isActive() {
        return !dropped;
    }

    /** Records the money awarded to it for a phase it reached (a later figure replaces an earlier one). */
    void fund(PcpPhase phase, BigDecimal amount) {
        if (reached.ordinal() < phase.ordinal()) {
            throw new BusinessException("procurement.pcp.phaseNotReached", bid.getBidder().getName(), phase.name());
        }
        Tender.amount(amount, "procurement.pcp.amountInvalid");
        switch (phase) {
            case SOLUTION_EXPLORATION -> amount1 = amount;
            case PROTOTYPE -> amount2 = amount;
            case ORIGINAL_DEVELOPMENT_AND_TEST_SERIES -> amount3 = amount;
        }
    }

    /** The money awarded in a phase; null when none was recorded. */
    public BigDecimal amount(PcpPhase phase) {
        return switch (phase) {
            case SOLUTION_EXPLORATION -> amount1;
            case PROTOTYPE -> amount2;
            case ORIGINAL_DEVELOPMENT_AND_TEST_SERIES -> amount3;
        };
    }

    public BigDecimal getTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (PcpPhase phase : PcpPhase.values()) {
            if (amount(phase) != null) {
                total = total.add(amount(phase));
            }
        }
        return total;
    }

    public boolean hasReached(PcpPhase phase) {
        return reached.ordinal() >= phase.ordinal();
    }

    public PcpCall getCall() {
        return call;
    }

    public Bid getBid() {
        return bid;
    }

    public PcpPhase getReached() {
        return reached;
    }

    public boolean isDropped() {
        return dropped;
    }
}
