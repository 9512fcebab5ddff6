package org.govtechhub.marketplace;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.TypedQuery;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.cohort.OutcomeService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Solutions in the marketplace. A startup drafts, changes and submits its own (any other id is "not found"), linking one
 * of its cohort outcomes with a completed pilot as its proof; a program manager accredits a submitted or published
 * solution against the checklist (publishing it; again later to renew it) or publishes a proven one. Anyone reads the
 * listed solutions, filtered and paged by the database, and a published solution with its evidence.
 */
@Stateless
@RolesAllowed({Roles.STARTUP, Roles.SYSTEM})
public class SolutionService extends CrudService<Solution> {

    @EJB
    private Caller caller;

    private static final String LISTED = " FROM Solution s WHERE s.status = org.govtechhub.marketplace.SolutionStatus.PUBLISHED"
            + " AND (s.outcome IS NOT NULL OR s.accreditedUntil >= :today)";

    @EJB
    private PersonService people;

    @EJB
    private OutcomeService outcomes;

    public SolutionService() {
        super(Solution.class);
    }

    // --- the startup ---------------------------------------------------------------------------------------------

    /** A new, unsaved draft of the caller's startup. */
    public Solution blank(String email) {
        caller.requireSelf(email);
        return new Solution(startupOf(email));
    }

    /** The caller's startup's solutions, by name. */
    public List<Solution> mine(String email) {
        caller.requireSelf(email);
        return em.createNamedQuery("Solution.ofStartup", Solution.class).setParameter("startup", startupOf(email)).getResultList();
    }

    /** One of the caller's startup's solutions; anyone else's is "not found". */
    public Solution own(String email, Long id) {
        caller.requireSelf(email);
        Organisation startup = startupOf(email);
        return find(id).filter(s -> s.getStartup().equals(startup)).orElseThrow(() -> BusinessException.notFound(id));
    }

    /** The startup's outcomes that show a completed pilot: what a solution may be proven by. */
    public List<Outcome> pilots(String email) {
        caller.requireSelf(email);
        LocalDate today = Clock.now().toLocalDate();
        return outcomes.ofStartup(startupOf(email)).stream().filter(o -> Solution.isCompletedPilot(o, today)).toList();
    }

    /**
     * Saves the caller's draft (new or changed), complete, proven by one of its startup's outcomes (null: none). A name
     * another solution has is refused.
     */
    public Solution saveDraft(Solution changed, Long outcomeId, String email) {
        caller.requireSelf(email);
        Organisation startup = startupOf(email);
        if (!changed.isNew()) {
            own(email, changed.getId()).requireDraft();
        } else if (!changed.getStartup().equals(startup)) {
            throw BusinessException.notFound(changed.getId());
        }
        changed.check();
        boolean taken = em.createNamedQuery("Solution.byName", Solution.class).setParameter("name", changed.getName().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().anyMatch(s -> !s.getId().equals(changed.getId()));
        if (taken) {
            throw new BusinessException("marketplace.solution.nameTaken", changed.getName());
        }
        Outcome pilot = outcomeId == null ? null : outcomes.ofStartup(startup).stream().filter(o -> o.getId().equals(outcomeId))
                .findFirst().orElseThrow(() -> BusinessException.notFound(outcomeId));
        Solution saved = changed.isNew() ? changed : em.merge(changed);
        saved.proveBy(pilot, Clock.now().toLocalDate());
        return save(saved, changed.isNew());
    }

    public Solution submit(Long id, String email) {
        caller.requireSelf(email);
        Solution solution = own(email, id);
        solution.submit();
        return solution;
    }

    // --- program managers ----------------------------------------------------------------------------------------

    /** Accredits (or re-accredits) against the checklist: criterion → the note on how it was checked. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Solution accredit(Long id, Map<AccreditationCriterion, String> ticked, LocalDate until, String managerEmail) {
        caller.requireSelf(managerEmail);
        Solution solution = get(id);
        solution.accredit(ticked, until, Clock.now().toLocalDate(), managerEmail, Clock.now());
        return solution;
    }

    /** Publishes a submitted solution with evidence (a proven one, or accredited). */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Solution publish(Long id) {
        Solution solution = get(id);
        solution.publish(Clock.now().toLocalDate(), Clock.now());
        return solution;
    }

    /** Submitted and published solutions for the managers, the submitted first: one page. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public List<Solution> forManagers(int first, int max) {
        return em.createQuery("SELECT s FROM Solution s WHERE s.status <> org.govtechhub.marketplace.SolutionStatus.DRAFT "
                        + "ORDER BY s.status DESC, s.updatedAt DESC, s.id", Solution.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 100)).getResultList();
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public long countForManagers() {
        return em.createQuery("SELECT COUNT(s) FROM Solution s WHERE s.status <> org.govtechhub.marketplace.SolutionStatus.DRAFT", Long.class)
                .getSingleResult();
    }

    // --- everyone ------------------------------------------------------------------------------------------------

    /** One page of the listed solutions that match, by name. */
    @PermitAll
    public List<Solution> search(SolutionFilter filter, int first, int max) {
        TypedQuery<Solution> query = em.createQuery("SELECT s" + LISTED + where(filter) + " ORDER BY s.name, s.id", Solution.class);
        return bind(query, filter).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 100)).getResultList();
    }

    @PermitAll
    public long count(SolutionFilter filter) {
        return bind(em.createQuery("SELECT COUNT(s)" + LISTED + where(filter), Long.class), filter).getSingleResult();
    }

    /** A published solution (listed or with an expired accreditation), for everyone; anything else is "not found". */
    @PermitAll
    public Solution published(Long id) {
        return find(id).filter(s -> s.getStatus() == SolutionStatus.PUBLISHED).orElseThrow(() -> BusinessException.notFound(id));
    }

    /** The departments that run the solution: those whose request went live. */
    @PermitAll
    public List<Organisation> usedBy(Solution solution) {
        return em.createNamedQuery("SolutionRequest.usedBy", Organisation.class).setParameter("solution", solution).getResultList();
    }

    @PermitAll
    public List<SolutionReview> reviews(Solution solution) {
        return em.createNamedQuery("SolutionReview.of", SolutionReview.class).setParameter("solution", solution).setMaxResults(50).getResultList();
    }

    @PermitAll
    public Rating rating(Solution solution) {
        Object[] row = em.createNamedQuery("SolutionReview.mean", Object[].class).setParameter("solution", solution).getSingleResult();
        return new Rating(row[0] == null ? 0 : ((Number) row[0]).doubleValue(), ((Number) row[1]).longValue());
    }

    private static String where(SolutionFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.category() != null) {
            where.append(" AND s.category = :category");
        }
        if (filter.priceModel() != null) {
            where.append(" AND s.priceModel = :priceModel");
        }
        if (filter.evidence() == Evidence.PROVEN) {
            where.append(" AND s.outcome IS NOT NULL");
        } else if (filter.evidence() == Evidence.ACCREDITED) {
            where.append(" AND s.outcome IS NULL");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, SolutionFilter filter) {
        query.setParameter("today", Clock.now().toLocalDate());
        if (filter.category() != null) {
            query.setParameter("category", filter.category());
        }
        if (filter.priceModel() != null) {
            query.setParameter("priceModel", filter.priceModel());
        }
        return query;
    }

    private Organisation startupOf(String email) {
        Person person = people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(email));
        if (person.getOrganisation() == null || person.getOrganisation().getKind() != org.govtechhub.identity.OrganisationKind.STARTUP) {
            throw new BusinessException("marketplace.solution.notAStartup");
        }
        return person.getOrganisation();
    }
}
