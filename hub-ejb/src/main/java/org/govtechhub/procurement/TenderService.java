package org.govtechhub.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.TypedQuery;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Contract opportunities. A department drafts one (details, lots, criteria, documents, optionally a challenge of its
 * own), publishes it — the subscribers of its category are told — answers questions and may cancel a lot; anyone reads
 * the published ones, and the open ones are listed and filtered a page at a time by the database; a signed-in startup
 * asks questions and subscribes to categories. A department reaches only its own opportunities: any other id is
 * "not found".
 */
@Stateless
@RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
public class TenderService extends CrudService<Tender> {

    @EJB
    private Caller caller;

    private static final String OPEN = "FROM Tender t WHERE t.status = org.govtechhub.procurement.TenderStatus.PUBLISHED AND t.deadline > :now";

    @EJB
    private PersonService people;

    @EJB
    private NotificationService notifications;

    public TenderService() {
        super(Tender.class);
    }

    // --- the department ------------------------------------------------------------------------------------------

    public Tender create(TenderDetails details, String email) {
        caller.requireSelf(email);
        Organisation department = department(email);
        return save(new Tender(department, details, challenge(details.getChallengeId(), department), Clock.now()), true);
    }

    public Tender update(Long tenderId, TenderDetails details, String email) {
        caller.requireSelf(email);
        Tender tender = tenderFor(tenderId, email);
        tender.describe(details, challenge(details.getChallengeId(), tender.getDepartment()), Clock.now());
        return save(tender, false);
    }

    public Lot addLot(Long tenderId, String title, BigDecimal budget, String email) {
        caller.requireSelf(email);
        Tender tender = tenderFor(tenderId, email);
        Lot lot = tender.addLot(title, budget);
        save(tender, false);
        return lot;
    }

    public Tender removeLot(Long tenderId, Long lotId, String email) {
        caller.requireSelf(email);
        Tender tender = tenderFor(tenderId, email);
        tender.removeLot(lotId);
        return save(tender, false);
    }

    /** Sets the weighted criteria; each gets a short code from its position. */
    public Tender setCriteria(Long tenderId, List<String> names, List<Integer> weights, String email) {
        caller.requireSelf(email);
        Tender tender = tenderFor(tenderId, email);
        List<RoundCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null || names.get(i).isBlank()) {
                continue;
            }
            Integer weight = i < weights.size() ? weights.get(i) : null;
            criteria.add(new RoundCriterion("c" + (criteria.size() + 1), Tender.text(names.get(i), 200, "procurement.criteria.nameRequired"),
                    weight == null ? 0 : weight));
        }
        tender.replaceCriteria(criteria);
        return save(tender, false);
    }

    public TenderDocument attach(Long tenderId, String fileName, byte[] content, String email) {
        caller.requireSelf(email);
        Tender tender = tenderFor(tenderId, email);
        tender.requireDraft();
        return save(new TenderDocument(tender, fileName, content), true);
    }

    /** Publishes the draft; everyone subscribed to its category is told (through the outbox). */
    public Tender publish(Long tenderId, String email) {
        caller.requireSelf(email);
        Tender tender = tenderFor(tenderId, email);
        tender.publish(Clock.now());
        em.createNamedQuery("Subscription.ofCategory", Subscription.class).setParameter("category", tender.getCategory()).getResultList()
                .forEach(s -> notifications.notify(s.getEmail(), "notification.procurement.published", tender.getTitle(),
                        tender.getDepartment().getName(), tender.deadlineText()));
        return tender;
    }

    /** Cancels an open lot with a reason; those who bid for it are told. */
    public Lot cancelLot(Long lotId, String reason, String email) {
        caller.requireSelf(email);
        Lot lot = lotFor(lotId, email);
        lot.cancel(reason);
        em.createNamedQuery("Bid.submittedOfLot", Bid.class).setParameter("lot", lot).getResultList()
                .forEach(b -> notifications.notify(b.getSubmittedBy(), "notification.procurement.lotCancelled", lot.getTender().getTitle(),
                        lot.getTitle(), lot.getCancelReason()));
        return lot;
    }

    /** The department answers a question of one of its opportunities; the answer is public, and the asker is told. */
    public Question answer(Long questionId, String text, String email) {
        caller.requireSelf(email);
        Question question = findById(em, Question.class, questionId).orElseThrow(() -> BusinessException.notFound(questionId));
        tenderFor(question.getTender().getId(), email);
        question.answer(text, Clock.now());
        notifications.notify(question.askerEmail(), "notification.procurement.answered", question.getTender().getTitle());
        return question;
    }

    /** The opportunities of the person's department, newest first. */
    public List<Tender> ofMyDepartment(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("Tender.ofDepartment", Tender.class).setParameter("department", department(email)).getResultList();
    }

    /** The department's challenges an opportunity may be linked to. */
    public List<Challenge> myChallenges(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("Challenge.ofDepartment", Challenge.class).setParameter("department", department(email)).getResultList();
    }

    /** One of the department's own opportunities; anyone else's is "not found". */
    public Tender tenderFor(Long tenderId, String email) {
        caller.requireSelf(email);
        Organisation mine = me(email).getOrganisation();
        return find(tenderId).filter(t -> t.belongsTo(mine)).orElseThrow(() -> BusinessException.notFound(tenderId));
    }

    /** A lot of one of the department's own opportunities. */
    public Lot lotFor(Long lotId, String email) {
        caller.requireSelf(email);
        Lot lot = findById(em, Lot.class, lotId).orElseThrow(() -> BusinessException.notFound(lotId));
        tenderFor(lot.getTender().getId(), email);
        return lot;
    }

    // --- everyone --------------------------------------------------------------------------------------------------

    /** A published opportunity; a draft or an unknown id is "not found". */
    @PermitAll
    public Tender published(Long tenderId) {
        return find(tenderId).filter(Tender::isPublished).orElseThrow(() -> BusinessException.notFound(tenderId));
    }

    /** A page of the open opportunities matching the filter, the nearest deadline first. */
    @PermitAll
    public List<Tender> open(TenderFilter filter, int first, int max) {
        TypedQuery<Tender> query = em.createQuery("SELECT t " + OPEN + where(filter) + " ORDER BY t.deadline, t.id", Tender.class);
        return bind(query, filter).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 100)).getResultList();
    }

    @PermitAll
    public long countOpen(TenderFilter filter) {
        return bind(em.createQuery("SELECT COUNT(t) " + OPEN + where(filter), Long.class), filter).getSingleResult();
    }

    /** The recently closed opportunities (deadline passed), newest first: their awards are public. */
    @PermitAll
    public List<Tender> closed(int max) {
        return em.createQuery("SELECT t FROM Tender t WHERE t.status = org.govtechhub.procurement.TenderStatus.PUBLISHED AND t.deadline <= :now "
                + "ORDER BY t.deadline DESC, t.id DESC", Tender.class).setParameter("now", Clock.now()).setMaxResults(max).getResultList();
    }

    @PermitAll
    public List<Question> questions(Tender tender) {
        return em.createNamedQuery("Question.ofTender", Question.class).setParameter("tender", tender).getResultList();
    }

    @PermitAll
    public List<TenderDocument> documents(Tender tender) {
        return em.createNamedQuery("TenderDocument.ofTender", TenderDocument.class).setParameter("tender", tender).getResultList();
    }

    /** A document of a published opportunity for anyone; of a draft, for its department only. */
    @PermitAll
    public TenderDocument document(Long documentId, String email) {
        TenderDocument document = findById(em, TenderDocument.class, documentId).orElseThrow(() -> BusinessException.notFound(documentId));
        Tender tender = document.getTender();
        if (!tender.isPublished()) {
            Organisation reader = email == null ? null : people.findByEmail(email).map(Person::getOrganisation).orElse(null);
            if (reader == null || !tender.belongsTo(reader)) {
                throw BusinessException.notFound(documentId);
            }
        }
        return document;
    }

    @RolesAllowed(Roles.SYSTEM)
    public boolean exists(String title) {
        return !em.createNamedQuery("Tender.byTitle", Tender.class).setParameter("title", title).getResultList().isEmpty();
    }

    // --- startups ---------------------------------------------------------------------------------------------------

    /** A signed-in startup asks a public question of a published opportunity before its deadline. */
    @RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
    public Question ask(Long tenderId, String text, String email) {
        caller.requireSelf(email);
        startup(email);
        return save(new Question(published(tenderId), email, text, Clock.now()), true);
    }

    @RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
    public Set<Category> subscriptions(String email) {
        caller.requireSelf(email);
        Set<Category> categories = EnumSet.noneOf(Category.class);
        em.createNamedQuery("Subscription.ofEmail", Subscription.class).setParameter("email", email).getResultList()
                .forEach(s -> categories.add(s.getCategory()));
        return categories;
    }

    /** Replaces the person's category alerts with these. */
    @RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
    public Set<Category> subscribe(Collection<Category> categories, String email) {
        caller.requireSelf(email);
        String address = me(email).getEmail();
        Set<Category> wanted = categories == null || categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
        for (Subscription s : em.createNamedQuery("Subscription.ofEmail", Subscription.class).setParameter("email", address).getResultList()) {
            if (!wanted.remove(s.getCategory())) {
                em.remove(s);
            }
        }
        wanted.forEach(c -> em.persist(new Subscription(address, c)));
        em.flush();
        return subscriptions(address);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static String where(TenderFilter f) {
        StringBuilder where = new StringBuilder();
        if (f.getCategory() != null) {
            where.append(" AND t.category = :category");
        }
        if (f.getProcedure() != null) {
            where.append(" AND t.procedure = :procedure");
        }
        if (f.getMinBudget() != null) {
            where.append(" AND t.budget >= :minBudget");
        }
        if (f.getMaxBudget() != null) {
            where.append(" AND t.budget <= :maxBudget");
        }
        if (f.getDeadlineBy() != null) {
            where.append(" AND t.deadline < :deadlineBy");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, TenderFilter f) {
        query.setParameter("now", Clock.now());
        if (f.getCategory() != null) {
            query.setParameter("category", f.getCategory());
        }
        if (f.getProcedure() != null) {
            query.setParameter("procedure", f.getProcedure());
        }
        if (f.getMinBudget() != null) {
            query.setParameter("minBudget", f.getMinBudget());
        }
        if (f.getMaxBudget() != null) {
            query.setParameter("maxBudget", f.getMaxBudget());
        }
        if (f.getDeadlineBy() != null) {
            query.setParameter("deadlineBy", f.getDeadlineBy().plusDays(1).atStartOfDay());
        }
        return query;
    }

    private Challenge challenge(Long challengeId, Organisation department) {
        if (challengeId == null) {
            return null;
        }
        return findById(em, Challenge.class, challengeId).filter(c -> c.getDepartment().equals(department))
                .orElseThrow(() -> BusinessException.notFound(challengeId));
    }

    /** The department the person works for; refused for anyone else. */
    public Organisation department(String email) {
        Organisation organisation = me(email).getOrganisation();
        if (organisation == null || organisation.getKind() != OrganisationKind.DEPARTMENT) {
            throw new BusinessException("procurement.notADepartment");
        }
        return organisation;
    }

    /** The startup the person bids for. */
    @RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
    public Organisation startup(String email) {
        Organisation organisation = me(email).getOrganisation();
        if (organisation == null || organisation.getKind() != OrganisationKind.STARTUP) {
            throw new BusinessException("procurement.notAStartup");
        }
        return organisation;
    }

    @RolesAllowed({Roles.ADMIN, Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.MENTOR, Roles.CIVIL_SERVANT, Roles.JUROR, Roles.EXPERT, Roles.CITIZEN, Roles.SYSTEM})
    public Person me(String email) {
        caller.requireSelf(email);
        return people.findByEmail(email == null ? "" : email.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> BusinessException.notFound(email));
    }
}
