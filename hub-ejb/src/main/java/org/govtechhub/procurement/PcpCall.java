package org.govtechhub.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pre-commercial procurement call (the EU model): a tender of one lot whose bidders compete through three phases —
 * solution exploration, prototype, original development and test series. Each phase is entered through a stage gate
 * judged by the lot's next evaluation round (round 1 opens phase 1, …); the gate keeps the top N of the ranking (N per
 * phase, never more than the phase before) and the others are told. Each phase has a budget; the money awarded per
 * supplier and phase is recorded on the {@link PcpSupplier}s and never exceeds it.
 */
@Entity
@Table(name = "procurement_pcp")
@NamedQuery(name = "PcpCall.ofTender", query = "SELECT c FROM PcpCall c WHERE c.tender = :tender")
@NamedQuery(name = "PcpCall.all", query = "SELECT c FROM PcpCall c WHERE c.tender.status = org.govtechhub.procurement.TenderStatus.PUBLISHED ORDER BY c.id DESC")
public class PcpCall extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @OneToOne
    @JoinColumn(name = "tender_id", nullable = false, updatable = false)
    private Tender tender;

    /** The phase the kept suppliers are in; null while bids are taken and judged for the first gate. */
    @Enumerated(EnumType.STRING)
    private PcpPhase phase;

    @Column(name = "keep_1")
    private int keep1;

    @Column(name = "keep_2")
    private int keep2;

    @Column(name = "keep_3")
    private int keep3;

    @Column(name = "budget_1")
    private BigDecimal budget1;

    @Column(name = "budget_2")
    private BigDecimal budget2;

    @Column(name = "budget_3")
    private BigDecimal budget3;

    protected PcpCall() {
    }

    /**
     * A call for this tender keeping {@code keep[i]} suppliers in phase i+1 (at least one, never more than the phase
     * before: e.g. 5, 3, 2) with {@code budgets[i]} for it.
     */
    public PcpCall(Tender tender, int[] keep, BigDecimal[] budgets) {
        if (keep.length != 3 || budgets.length != 3) {
            throw new IllegalArgumentException("three phases");
        }
        if (keep[0] < 1 || keep[1] < 1 || keep[2] < 1 || keep[1] > keep[0] || keep[2] > keep[1]) {
            throw new BusinessException("procurement.pcp.keepInvalid");
        }
        for (BigDecimal budget : budgets) {
            Tender.amount(budget, "procurement.pcp.budgetInvalid");
        }
        this.tender = tender;
        keep1 = keep[0];
        keep2 = keep[1];
        keep3 = keep[2];
        budget1 = budgets[0];
        budget2 = budgets[1];
        budget3 = budgets[2];
    }

    /** The phase the next stage gate opens; refused once the last phase is reached. */
    public PcpPhase nextGate() {
        if (phase == PcpPhase.ORIGINAL_DEVELOPMENT_AND_TEST_SERIES) {
            throw new BusinessException("procurement.pcp.completed", tender.getTitle());
        }
        return phase == null ? PcpPhase.SOLUTION_EXPLORATION : PcpPhase.values()[phase.ordinal() + 1];
    }

    /**
     * Passes the next stage gate on the ranking of its round (bid ids, best first): the top N for that phase are kept
     * and returned; the phase moves on.
     */
    public List<Long> passGate(List<Long> rankedBids) {
        PcpPhase gate = nextGate();
        if (rankedBids.isEmpty()) {
            throw new BusinessException("procurement.pcp.nobodyRanked");
        }
        phase = gate;
        return List.copyOf(rankedBids.subList(0, Math.min(keep(gate), rankedBids.size())));
    }

    /** Whether the call's final phase has been awarded. */
    public boolean isComplete() {
        return phase == PcpPhase.ORIGINAL_DEVELOPMENT_AND_TEST_SERIES;
    }

    public int keep(PcpPhase p) {
        return switch (p) {
            case SOLUTION_EXPLORATION -> keep1;
            case PROTOTYPE -> keep2;
            case ORIGINAL_DEVELOPMENT_AND_TEST_SERIES -> keep3;
        };
    }

    public BigDecimal budget(PcpPhase p) {
        return switch (p) {
            case SOLUTION_EXPLORATION -> budget1;
            case PROTOTYPE -> budget2;
            case ORIGINAL_DEVELOPMENT_AND_TEST_SERIES -> budget3;
        };
    }

    /** Whether the call has reached this phase (its gate was passed). */
    public boolean hasReached(PcpPhase p) {
        return phase != null && phase.ordinal() >= p.ordinal();
    }

    /** The money awarded in a phase may not exceed its budget: {@code awarded} is the phase's total with this award. */
    void checkBudget(PcpPhase p, BigDecimal awarded) {
        if (awarded.compareTo(budget(p)) > 0) {
            throw new BusinessException("procurement.pcp.overBudget", awarded.toPlainString(), budget(p).toPlainString());
        }
    }

    public Lot lot() {
        return tender.getLots().get(0);
    }

    @Override
    protected String auditSummary() {
        return "PCP " + tender.getTitle() + " (" + phase + ")";
    }

    public Tender getTender() {
        return tender;
    }

    public PcpPhase getPhase() {
        return phase;
    }
}
