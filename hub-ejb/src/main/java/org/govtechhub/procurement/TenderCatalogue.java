package org.govtechhub.procurement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.RoundStatus;
import org.govtechhub.evaluation.Subject;
import org.govtechhub.evaluation.SubjectCatalogue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Opened bids as a lot's jurors see them: the bidder, the lot, the price, the summary and the documents. */
@ApplicationScoped
public class TenderCatalogue implements SubjectCatalogue {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @EJB
    private BidService bids;

    @EJB
    private TenderEvaluationService evaluation;

    @Override
    public boolean owns(String owner) {
        return owner.startsWith(Lot.OWNER_PREFIX);
    }

    @Override
    public Optional<Subject> describe(String owner, long subjectId) {
        return Optional.ofNullable(em.find(Bid.class, subjectId)).filter(b -> b.getLot().owner().equals(owner) && b.getLot().isOpened())
                .map(this::subject);
    }

    /** The bids of opened lots of opportunities whose jury this person sits on, while the lot's round is not closed. */
    @Override
    public List<Subject> declarable(String email) {
        return em.createQuery("SELECT t FROM Tender t JOIN t.jurors j WHERE LOWER(j.email) = LOWER(:email)", Tender.class)
                .setParameter("email", email).getResultList().stream()
                .flatMap(t -> t.getLots().stream())
                .filter(Lot::isOpened)
                .flatMap(lot -> {
                    Optional<EvaluationRound> round = evaluation.current(lot);
                    if (round.isPresent() && round.get().getStatus() == RoundStatus.CLOSED) {
                        return Stream.empty();
                    }
                    return bids.submitted(lot).stream().filter(b -> round.isEmpty() || round.get().includes(b.getId()));
                })
                .map(this::subject).toList();
    }

    private Subject subject(Bid bid) {
        Lot lot = bid.getLot();
        String summary = bid.openedSummary();
        return new Subject(lot.owner(), bid.getId(), bid.getBidder().getName(),
                lot.getTender().getTitle() + " · " + lot.getPosition() + ". " + lot.getTitle(),
                List.of(new Subject.Section("procurement.bid.price", bid.openedPrice().toPlainString() + " " + lot.getTender().getCurrency()),
                        new Subject.Section("procurement.bid.summary", summary == null ? "" : summary)),
                bids.documents(bid).stream().map(d -> new Subject.Document(d.getFileName(), "/procurement/bid-document?id=" + d.getId())).toList());
    }
}
