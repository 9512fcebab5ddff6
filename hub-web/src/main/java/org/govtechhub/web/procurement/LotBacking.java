package org.govtechhub.web.procurement;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JurorProgress;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.procurement.Bid;
import org.govtechhub.procurement.BidDocument;
import org.govtechhub.procurement.BidService;
import org.govtechhub.procurement.Lot;
import org.govtechhub.procurement.PcpCall;
import org.govtechhub.procurement.PcpPhase;
import org.govtechhub.procurement.PcpService;
import org.govtechhub.procurement.PcpSupplier;
import org.govtechhub.procurement.TenderEvaluationService;
import org.govtechhub.procurement.TenderService;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * procurement/manage/lot.xhtml?id=: one of the department's lots after the deadline — opening the sealed bids, the
 * opened bids, the jury's scoring round and its ranking, the award; for a PCP call the stage gates and the money per
 * supplier and phase.
 */
@Named
@ViewScoped
public class LotBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TenderService tenders;

    @EJB
    private BidService bids;

    @EJB
    private TenderEvaluationService evaluation;

    @EJB
    private PcpService pcp;

    @EJB
    private JuryService jury;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Lot lot;
    private PcpCall call;
    private final Map<Long, BigDecimal> amounts = new HashMap<>();
    private PcpPhase phase;

    public void load() {
        lot = tenders.lotFor(id, user.email());
        call = pcp.ofTender(lot.getTender()).orElse(null);
    }

    public void open() {
        int count = bids.open(id, user.email()).getBidCount();
        load();
        messages.info("procurementManage_lot.opened", count);
    }

    public void openScoring() {
        EvaluationRound round = evaluation.openScoring(id, user.email());
        load();
        messages.info("procurementManage_lot.scoringOpened", round.getNumber());
    }

    public void closeScoring() {
        evaluation.closeScoring(id, user.email());
        load();
        messages.info("procurementManage_lot.scoringClosed");
    }

    public void award() {
        lot = evaluation.award(id, user.email());
        messages.info("procurementManage_lot.awarded", lot.getWinner().getBidder().getName());
    }

    public void passGate() {
        call = pcp.passGate(call.getId(), user.email());
        load();
        messages.info("procurementManage_lot.gatePassed", call.getPhase().number());
    }

    public void fund(PcpSupplier supplier) {
        pcp.fund(supplier.getId(), phase, amounts.get(supplier.getId()), user.email());
        messages.info("procurementManage_lot.funded", supplier.getBid().getBidder().getName());
    }

    public List<Bid> getBids() {
        return lot.isOpened() ? bids.openedBids(id, user.email()) : List.of();
    }

    public List<BidDocument> documentsOf(Bid bid) {
        return bids.documents(bid);
    }

    public EvaluationRound getRound() {
        return evaluation.current(lot).orElse(null);
    }

    public List<JurorProgress> getProgress() {
        EvaluationRound round = getRound();
        return round == null ? List.of() : jury.progress(round);
    }

    public List<TenderEvaluationService.Standing> getStandings() {
        return evaluation.standings(lot);
    }

    public List<PcpSupplier> getSuppliers() {
        return call == null ? List.of() : pcp.suppliers(call);
    }

    public boolean isDeadlinePassed() {
        return lot.getTender().isDeadlinePassed(Clock.now());
    }

    public PcpPhase[] getPhases() {
        return PcpPhase.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Lot getLot() {
        return lot;
    }

    public PcpCall getCall() {
        return call;
    }

    public Map<Long, BigDecimal> getAmounts() {
        return amounts;
    }

    public PcpPhase getPhase() {
        return phase;
    }

    public void setPhase(PcpPhase phase) {
        this.phase = phase;
    }
}
