package org.govtechhub.procurement;

import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.LockModeType;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.shared.AuditAction;
import org.govtechhub.shared.AuditTrail;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Bids. A startup bids for a lot before the deadline (one bid per startup and lot, the lot's row locked first), adds
 * documents, withdraws and bids again until the deadline. Bids are sealed until the deadline: nobody but the bidder
 * reads a price or a document before the department opens the lot's bids, which it can only do after the deadline;
 * every opening is logged and audited. After the opening the department and the lot's jurors read the bids.
 */
@Stateless
@RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
public class BidService extends CrudService<Bid> {

    @EJB
    private Caller caller;

    @EJB
    private TenderService tenders;

    @EJB
    private JuryService jury;

    public BidService() {
        super(Bid.class);
    }

    // --- the startup ------------------------------------------------------------------------------------------------

    /**
     * Bids for a lot with a price, a summary and optionally a first document (null content: none). The lot's row is
     * locked, then the startup's earlier bid looked up: a second bid is refused, a withdrawn one is submitted again.
     */
    public Bid submit(Long lotId, BigDecimal price, String summary, String fileName, byte[] content, String email) {
        caller.requireSelf(email);
        Organisation startup = tenders.startup(email);
        Lot lot = lockedLot(lotId);
        Bid existing = em.createNamedQuery("Bid.ofLotAndBidder", Bid.class).setParameter("lot", lot).setParameter("bidder", startup)
                .getResultStream().findFirst().orElse(null);
        Bid bid = Bid.submit(lot, startup, existing, tenders.me(email).getEmail(), price, summary, Clock.now());
        save(bid, existing == null);
        if (content != null) {
            save(new BidDocument(bid, fileName, content), true);
        }
        return bid;
    }

    /** Adds a document to the startup's own bid, before the deadline. */
    public BidDocument attach(Long bidId, String fileName, byte[] content, String email) {
        caller.requireSelf(email);
        Bid bid = mine(bidId, email);
        bid.getLot().requireTakesBids(Clock.now());
        return save(new BidDocument(bid, fileName, content), true);
    }

    /** Withdraws the startup's own bid before the deadline; its documents go with it. */
    public Bid withdraw(Long bidId, String email) {
        caller.requireSelf(email);
        Bid bid = mine(bidId, email);
        bid.withdraw(Clock.now());
        documents(bid).forEach(em::remove);
        return bid;
    }

    /** The startup's bid for this lot, if it has one. */
    public Optional<Bid> myBid(Long lotId, String email) {
        caller.requireSelf(email);
        Organisation startup = tenders.startup(email);
        Lot lot = findById(em, Lot.class, lotId).orElseThrow(() -> BusinessException.notFound(lotId));
        return em.createNamedQuery("Bid.ofLotAndBidder", Bid.class).setParameter("lot", lot).setParameter("bidder", startup)
                .getResultStream().findFirst();
    }

    /** A lot of a published opportunity, as bidders see it. */
    public Lot publishedLot(Long lotId) {
        Lot lot = findById(em, Lot.class, lotId).orElseThrow(() -> BusinessException.notFound(lotId));
        tenders.published(lot.getTender().getId());
        return lot;
    }

    @RolesAllowed(Roles.SYSTEM)
    public List<Bid> myBids(String email) {
        return em.createNamedQuery("Bid.ofBidder", Bid.class).setParameter("bidder", tenders.startup(email)).getResultList();
    }

    // --- the department ---------------------------------------------------------------------------------------------

    /**
     * Opens a lot's sealed bids, after the deadline only; each opening is kept in the opening log and the audit trail
     * (who, when, which lot). Returns the opening.
     */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public BidOpening open(Long lotId, String email) {
        caller.requireSelf(email);
        Lot lot = tenders.lotFor(lotId, email);
        int count = submitted(lot).size();
        BidOpening opening = lot.open(tenders.me(email).getEmail(), Clock.now(), count);
        save(opening, true);
        AuditTrail.instance().record(AuditAction.UPDATE, "Lot", lot.getId(),
                "sealed bids opened: lot " + lot.getPosition() + " \"" + lot.getTitle() + "\" of tender " + lot.getTender().getId()
                        + ", " + count + " bid(s), by " + opening.getOpenedBy());
        return opening;
    }

    /** The submitted bids of one of the department's lots, once opened; refused while they are sealed. */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public List<Bid> openedBids(Long lotId, String email) {
        caller.requireSelf(email);
        Lot lot = tenders.lotFor(lotId, email);
        lot.requireOpened();
        return submitted(lot);
    }

    /** The opening log of one of the department's opportunities. */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public List<BidOpening> openings(Long tenderId, String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("BidOpening.ofTender", BidOpening.class).setParameter("tender", tenders.tenderFor(tenderId, email))
                .getResultList();
    }

    @RolesAllowed({Roles.DEPARTMENT, Roles.STARTUP, Roles.JUROR, Roles.SYSTEM})
    public List<BidDocument> documents(Bid bid) {
        return em.createNamedQuery("BidDocument.ofBid", BidDocument.class).setParameter("bid", bid).getResultList();
    }

    /**
     * A bid's document as this person may read it: the bidder always; once the lot's bids are opened, the department
     * and a juror who scores the bid. Before the opening the department is refused ("sealed"); anyone else: not found.
     */
    @RolesAllowed({Roles.DEPARTMENT, Roles.STARTUP, Roles.JUROR, Roles.SYSTEM})
    public BidDocument document(Long documentId, String email) {
        BidDocument document = findById(em, BidDocument.class, documentId).orElseThrow(() -> BusinessException.notFound(documentId));
        Bid bid = document.getBid();
        Organisation reader = tenders.me(email).getOrganisation();
        if (bid.isBy(reader)) {
            return document;
        }
        Lot lot = bid.getLot();
        if (lot.getTender().belongsTo(reader)) {
            lot.requireOpened();
            return document;
        }
        if (lot.isOpened() && jury.isAssigned(lot.owner(), email, bid.getId())) {
            return document;
        }
        throw BusinessException.notFound(documentId);
    }

    /** Submitted bids of a lot, in the order made. */
    @RolesAllowed({Roles.DEPARTMENT, Roles.JUROR, Roles.SYSTEM})
    public List<Bid> submitted(Lot lot) {
        return em.createNamedQuery("Bid.submittedOfLot", Bid.class).setParameter("lot", lot).getResultList();
    }

    private Bid mine(Long bidId, String email) {
        Organisation startup = tenders.startup(email);
        return find(bidId).filter(b -> b.isBy(startup)).orElseThrow(() -> BusinessException.notFound(bidId));
    }

    private Lot lockedLot(Long lotId) {
        em.flush();
        return Optional.ofNullable(lotId == null ? null : em.find(Lot.class, lotId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> BusinessException.notFound(lotId));
    }

}
