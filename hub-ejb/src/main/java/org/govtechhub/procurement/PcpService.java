package org.govtechhub.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.funnel.FunnelService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pre-commercial procurement. A department opens a PCP call: an opportunity of one lot (the call) with three phases,
 * the suppliers to keep at each and a budget per phase; it publishes it as any opportunity, startups bid through the
 * same bids, and each stage gate is the lot's next evaluation round ({@link TenderEvaluationService}). Passing a gate
 * keeps the top N of its ranking — the others are told — and moves the call on; the money awarded per supplier and
 * phase is recorded within the phase's budget. The final phase awarded is a contract in the funnel.
 */
@Stateless
@PermitAll
public class PcpService extends CrudService<PcpCall> {

    @EJB
    private Caller caller;

    @EJB
    private TenderService tenders;

    @EJB
    private TenderEvaluationService evaluation;

    @EJB
    private NotificationService notifications;

    @EJB
    private FunnelService funnel;

    public PcpService() {
        super(PcpCall.class);
    }

    /** A draft call: its opportunity (budget the phases' total) with one lot, and the suppliers to keep and budgets per phase. */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public PcpCall create(TenderDetails details, int[] keep, BigDecimal[] budgets, String email) {
        caller.requireSelf(email);
        for (BigDecimal budget : budgets) {
            Tender.amount(budget, "procurement.pcp.budgetInvalid");
        }
        BigDecimal total = budgets[0].add(budgets[1]).add(budgets[2]);
        details.setBudget(total);
        Tender tender = tenders.create(details, email);
        PcpCall call = new PcpCall(tender, keep, budgets);
        tenders.addLot(tender.getId(), tender.getTitle(), total, email);
        return save(call, true);
    }

    /** A call whose opportunity is published, for everyone. */
    public PcpCall published(Long callId) {
        return find(callId).filter(c -> c.getTender().isPublished()).orElseThrow(() -> BusinessException.notFound(callId));
    }

    /** The department's own call; anyone else's is "not found". */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public PcpCall callFor(Long callId, String email) {
        PcpCall call = get(callId);
        tenders.tenderFor(call.getTender().getId(), email);
        return call;
    }

    public Optional<PcpCall> ofTender(Tender tender) {
        return em.createNamedQuery("PcpCall.ofTender", PcpCall.class).setParameter("tender", tender).getResultStream().findFirst();
    }

    public List<PcpCall> publishedCalls() {
        return em.createNamedQuery("PcpCall.all", PcpCall.class).setMaxResults(50).getResultList();
    }

    public List<PcpSupplier> suppliers(PcpCall call) {
        return em.createNamedQuery("PcpSupplier.ofCall", PcpSupplier.class).setParameter("call", call).getResultList();
    }

    /**
     * Passes the next stage gate once its round is closed: the top N of the ranking move on to the phase (at the first
     * gate they become the call's suppliers), the others are told they were not kept. The last gate awards the final
     * phase: a contract in the funnel.
     */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public PcpCall passGate(Long callId, String email) {
        caller.requireSelf(email);
        PcpCall call = callFor(callId, email);
        PcpPhase gate = call.nextGate();
        Lot lot = call.lot();
        EvaluationRound round = evaluation.current(lot).filter(r -> r.getNumber() == gate.number())
                .orElseThrow(() -> new BusinessException("procurement.pcp.roundMissing", String.valueOf(gate.number())));
        round.requireClosed();
        List<Bid> ranked = evaluation.standings(lot).stream().map(TenderEvaluationService.Standing::bid).toList();
        Set<Long> kept = new HashSet<>(call.passGate(ranked.stream().map(Bid::getId).toList()));
        List<PcpSupplier> suppliers = suppliers(call);
        Map<Long, PcpSupplier> byBid = suppliers.stream().collect(Collectors.toMap(s -> s.getBid().getId(), Function.identity()));
        List<Bid> competing = gate == PcpPhase.SOLUTION_EXPLORATION ? bidsOf(lot)
                : suppliers.stream().filter(PcpSupplier::isActive).map(PcpSupplier::getBid).toList();
        String title = call.getTender().getTitle();
        for (Bid bid : competing) {
            boolean keep = kept.contains(bid.getId());
            PcpSupplier supplier = byBid.get(bid.getId());
            if (keep && supplier == null) {
                save(new PcpSupplier(call, bid), true);
            } else if (keep) {
                supplier.keep(gate);
            } else if (supplier != null) {
                supplier.drop();
            }
            notifications.notify(bid.getSubmittedBy(), keep ? "notification.procurement.pcpKept" : "notification.procurement.pcpDropped",
                    title, String.valueOf(gate.number()));
        }
        if (call.isComplete()) {
            funnel.record(ProcurementSteps.finalPhase(call, kept.size()));
        }
        return call;
    }

    /** Records the money awarded to a supplier for a phase it reached; the phase's total stays within its budget. */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public PcpSupplier fund(Long supplierId, PcpPhase phase, BigDecimal amount, String email) {
        caller.requireSelf(email);
        PcpSupplier supplier = findById(em, PcpSupplier.class, supplierId).orElseThrow(() -> BusinessException.notFound(supplierId));
        PcpCall call = callFor(supplier.getCall().getId(), email);
        if (phase == null) {
            throw new BusinessException("procurement.pcp.phaseRequired");
        }
        supplier.fund(phase, amount);
        BigDecimal total = suppliers(call).stream().map(s -> s.amount(phase)).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        call.checkBudget(phase, total);
        return supplier;
    }

    /** The money awarded in each phase so far. */
    public BigDecimal awarded(PcpCall call, PcpPhase phase) {
        return suppliers(call).stream().map(s -> s.amount(phase)).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<Bid> bidsOf(Lot lot) {
        return em.createNamedQuery("Bid.submittedOfLot", Bid.class).setParameter("lot", lot).getResultList();
    }

}
