package org.govtechhub.procurement;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.evaluation.DeclaredConflict;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RankedEntry;
import org.govtechhub.evaluation.RoundStatus;
import org.govtechhub.funnel.FunnelService;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.NotificationService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluation of a lot's bids with the evaluation context: the department chooses a jury of people with the juror
 * role (nobody of an organisation that bids), opens scoring once the bids are opened — every juror scores every bid
 * except a bidder of their own organisation or one they declared a conflict with (declaring later recuses them) —, the
 * jurors score in the /jury/ pages, and the per-juror normalised ranking of {@code ScoreAggregator} decides the award,
 * which the department publishes: the bidders are told and the funnel records the contract. A PCP call's lot has one
 * round per stage gate ({@link PcpService}); an ordinary lot one.
 */
@Stateless
@RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
public class TenderEvaluationService {

    @EJB
    private Caller caller;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private TenderService tenders;

    @EJB
    private BidService bids;

    @EJB
    private PersonService people;

    @EJB
    private JuryService jury;

    @EJB
    private NotificationService notifications;

    @EJB
    private FunnelService funnel;

    // --- the jury -----------------------------------------------------------------------------------------------------

    /** Adds a person with the juror role to the opportunity's jury; one of an organisation that bids for it is refused. */
    public Person addJuror(Long tenderId, String jurorEmail, String email) {
        caller.requireSelf(email);
        Tender tender = tenders.tenderFor(tenderId, email);
        Person juror = people.findByEmail(jurorEmail == null ? "" : jurorEmail.strip())
                .filter(p -> p.hasRole(Role.JUROR) && p.isActive())
                .orElseThrow(() -> new BusinessException("procurement.jury.notAJuror", String.valueOf(jurorEmail)));
        if (juror.getOrganisation() != null && em.createNamedQuery("Bid.countBidderOfTender", Long.class).setParameter("tender", tender)
                .setParameter("bidder", juror.getOrganisation()).getSingleResult() > 0) {
            throw new BusinessException("procurement.jury.conflicted", juror.getFullName(), juror.getOrganisation().getName());
        }
        tender.addJuror(juror);
        return juror;
    }

    @RolesAllowed(Roles.SYSTEM)
    public Tender removeJuror(Long tenderId, Long personId, String email) {
        Tender tender = tenders.tenderFor(tenderId, email);
        tender.getLots().forEach(l -> current(l).filter(r -> r.getStatus() != RoundStatus.SETUP).ifPresent(r -> {
            throw new BusinessException("evaluation.round.frozen", r.getNumber());
        }));
        tender.removeJuror(personId);
        return tender;
    }

    // --- rounds -------------------------------------------------------------------------------------------------------

    /** The lot's latest round, if any. */
    @RolesAllowed({Roles.DEPARTMENT, Roles.JUROR, Roles.SYSTEM})
    public Optional<EvaluationRound> current(Lot lot) {
        List<EvaluationRound> rounds = jury.rounds(lot.owner());
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    /**
     * Opens scoring of a lot's opened bids with the opportunity's criteria: for an ordinary lot its one round of every
     * submitted bid; for a PCP call the round of its next stage gate, of the bids still in the competition.
     */
    public EvaluationRound openScoring(Long lotId, String email) {
        caller.requireSelf(email);
        Lot lot = tenders.lotFor(lotId, email);
        lot.requireOpened();
        Tender tender = lot.getTender();
        if (tender.getJurors().isEmpty()) {
            throw new BusinessException("procurement.jury.none");
        }
        Optional<EvaluationRound> previous = current(lot);
        Optional<PcpCall> pcp = em.createNamedQuery("PcpCall.ofTender", PcpCall.class).setParameter("tender", tender).getResultStream().findFirst();
        int number;
        List<Bid> subjects;
        if (pcp.isEmpty()) {
            if (previous.isPresent()) {
                throw new BusinessException("evaluation.round.frozen", previous.get().getNumber());
            }
            number = 1;
            subjects = bids.submitted(lot);
        } else {
            number = pcp.get().nextGate().number();
            if (previous.isPresent() && previous.get().getNumber() >= number) {
                throw new BusinessException("procurement.pcp.gatePending", String.valueOf(previous.get().getNumber()));
            }
            subjects = number == 1 ? bids.submitted(lot)
                    : em.createNamedQuery("PcpSupplier.ofCall", PcpSupplier.class).setParameter("call", pcp.get()).getResultList().stream()
                    .filter(PcpSupplier::isActive).map(PcpSupplier::getBid).toList();
        }
        if (subjects.isEmpty()) {
            throw new BusinessException("procurement.evaluation.noBids", lot.getTitle());
        }
        EvaluationRound round = jury.createRound(lot.owner(), number, false, tender.getCriteria());
        List<DeclaredConflict> declared = jury.conflicts(lot.owner());
        List<Person> jurors = tender.getJurors().stream().sorted(Comparator.comparing(Person::getFullName)).toList();
        List<JuryService.Assignment> assignments = new ArrayList<>();
        for (Bid bid : subjects) {
            for (Person juror : jurors) {
                if (!conflicted(juror, bid, declared)) {
                    assignments.add(new JuryService.Assignment(juror, bid.getId(), 0, tender.getTitle() + " · " + lot.getTitle()));
                }
            }
        }
        return jury.open(round.getId(), subjects.stream().map(Bid::getId).toList(), assignments);
    }

    /** A juror may not score a bid of their own organisation, nor one they declared a conflict with. */
    static boolean conflicted(Person juror, Bid bid, List<DeclaredConflict> declared) {
        return bid.isBy(juror.getOrganisation()) && juror.getOrganisation() != null
                || declared.stream().anyMatch(c -> c.getJuror().equals(juror) && c.getSubjectId() == bid.getId());
    }

    public EvaluationRound closeScoring(Long lotId, String email) {
        caller.requireSelf(email);
        Lot lot = tenders.lotFor(lotId, email);
        EvaluationRound round = current(lot).orElseThrow(() -> new BusinessException("procurement.evaluation.notStarted", lot.getTitle()));
        return jury.close(round.getId());
    }

    /** A bid's place in the ranking of a lot's latest round. */
    public record Standing(int rank, Bid bid, RankedEntry ranked) implements java.io.Serializable {
    }

    /** The ranking of the lot's latest round (per-juror normalised), best first; empty before scoring. */
    public List<Standing> standings(Long lotId, String email) {
        Lot lot = tenders.lotFor(lotId, email);
        return standings(lot);
    }

    /** The same for a lot already reached. */
    public List<Standing> standings(Lot lot) {
        Optional<EvaluationRound> round = current(lot).filter(r -> r.getStatus() != RoundStatus.SETUP);
        if (round.isEmpty()) {
            return List.of();
        }
        Map<Long, Bid> byId = em.createNamedQuery("Bid.ofLot", Bid.class).setParameter("lot", lot).getResultList().stream()
                .collect(Collectors.toMap(Bid::getId, Function.identity()));
        return jury.ranking(round.get()).stream().filter(r -> byId.containsKey(r.entryId()))
                .map(r -> new Standing(r.rank(), byId.get(r.entryId()), r)).toList();
    }

    /**
     * Publishes the award of an ordinary lot once its round is closed: the best-ranked bid wins at its price; every
     * bidder is told, the award is public, and the funnel records the contract.
     */
    public Lot award(Long lotId, String email) {
        caller.requireSelf(email);
        Lot lot = tenders.lotFor(lotId, email);
        if (!em.createNamedQuery("PcpCall.ofTender", PcpCall.class).setParameter("tender", lot.getTender()).getResultList().isEmpty()) {
            throw new BusinessException("procurement.pcp.useGates");
        }
        EvaluationRound round = current(lot).orElseThrow(() -> new BusinessException("procurement.evaluation.notStarted", lot.getTitle()));
        round.requireClosed();
        List<Standing> ranking = standings(lot);
        if (ranking.isEmpty()) {
            throw new BusinessException("procurement.pcp.nobodyRanked");
        }
        Bid winner = ranking.get(0).bid();
        lot.award(winner, Clock.now());
        String price = lot.getAwardedPrice().toPlainString() + " " + lot.getTender().getCurrency();
        for (Bid bid : bids.submitted(lot)) {
            notifications.notify(bid.getSubmittedBy(), bid.equals(winner) ? "notification.procurement.won" : "notification.procurement.notWon",
                    lot.getTender().getTitle(), lot.getTitle(), winner.getBidder().getName(), price);
        }
        funnel.record(ProcurementSteps.awarded(lot));
        return lot;
    }
}
