package org.govtechhub.marketplace;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.TypedQuery;
import org.govtechhub.funnel.FunnelService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.math.BigDecimal;
import java.util.List;

/**
 * Departments' requests for listed solutions and their reviews. A department's member requests a solution; the
 * startup's founders and the program managers work the request through its pipeline (the request says who may take
 * which step); the department's requester and the startup's founders are told of every step through the outbox. A
 * contract and a go-live elsewhere than the pilot are steps of the innovation funnel. A department whose request went
 * live reviews the solution once. Each party reaches only its own requests: any other id is "not found".
 */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.DEPARTMENT, Roles.STARTUP, Roles.SYSTEM})
public class RequestService extends CrudService<SolutionRequest> {

    @EJB
    private Caller caller;

    @EJB
    private PersonService people;

    @EJB
    private SolutionService solutions;

    @EJB
    private NotificationService notifications;

    @EJB
    private FunnelService funnel;

    public RequestService() {
        super(SolutionRequest.class);
    }

    /** A department's member requests a listed solution; an expired accreditation is refused naming its date. */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public SolutionRequest request(Long solutionId, String email, String purpose, Integer users, BigDecimal budget) {
        caller.requireSelf(email);
        Person person = person(email);
        Solution solution = solutions.published(solutionId);
        SolutionRequest request = save(new SolutionRequest(solution, person.getOrganisation(), person.getEmail(), purpose, users, budget,
                Clock.now().toLocalDate(), Clock.now()), true);
        tell(request, "notification.marketplace.requested");
        return request;
    }

    /**
     * The startup's founder or a program manager ({@code manager}) moves the request one step on; a decline needs its
     * reason. Contracting and going live elsewhere than the pilot are recorded in the innovation funnel.
     */
    public SolutionRequest move(Long requestId, RequestStatus next, String reason, String email, boolean manager) {
        caller.requireSelf(email);
        SolutionRequest request = get(requestId);
        RequestActor actor;
        if (manager) {
            actor = RequestActor.MANAGER;
        } else if (request.getSolution().getStartup().equals(person(email).getOrganisation())) {
            actor = RequestActor.STARTUP;
        } else {
            throw BusinessException.notFound(requestId);
        }
        request.moveTo(next, actor, reason, email, Clock.now());
        em.flush();
        tell(request, next == RequestStatus.DECLINED ? "notification.marketplace.declined" : "notification.marketplace.moved." + next);
        MarketplaceSteps.moved(request).ifPresent(funnel::record);
        return request;
    }

    /** A department's member reviews a solution its department runs (a live request), once per department. */
    @RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
    public SolutionReview review(Long solutionId, String email, Integer stars, String text) {
        caller.requireSelf(email);
        Person person = person(email);
        Solution solution = solutions.published(solutionId);
        Organisation department = person.getOrganisation();
        SolutionRequest live = department == null ? null : em.createNamedQuery("SolutionRequest.live", SolutionRequest.class)
                .setParameter("solution", solution).setParameter("department", department).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
        if (live == null) {
            throw new BusinessException("marketplace.review.notLive", solution.getName());
        }
        boolean already = em.createNamedQuery("SolutionReview.count", Long.class).setParameter("solution", solution)
                .setParameter("department", department).getSingleResult() > 0;
        return save(live.review(stars, text, person.getEmail(), already), true);
    }

    /** Whether the caller's department may review the solution now: its request went live and it has not reviewed it. */
    @PermitAll
    public boolean mayReview(Long solutionId, String email) {
        Organisation department = person(email).getOrganisation();
        if (department == null || !department.isDepartment()) {
            return false;
        }
        Solution solution = solutions.published(solutionId);
        return !em.createNamedQuery("SolutionRequest.live", SolutionRequest.class).setParameter("solution", solution)
                .setParameter("department", department).setMaxResults(1).getResultList().isEmpty()
                && em.createNamedQuery("SolutionReview.count", Long.class).setParameter("solution", solution)
                .setParameter("department", department).getSingleResult() == 0;
    }

    /** One page of the requests the caller works or made: all for a manager, the startup's or the department's otherwise. */
    public List<SolutionRequest> requests(String email, boolean manager, int first, int max) {
        caller.requireSelf(email);
        return scoped("SELECT r FROM SolutionRequest r JOIN FETCH r.solution s", " ORDER BY r.id DESC", SolutionRequest.class, email, manager)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 100)).getResultList();
    }

    public long countRequests(String email, boolean manager) {
        caller.requireSelf(email);
        return scoped("SELECT COUNT(r) FROM SolutionRequest r JOIN r.solution s", "", Long.class, email, manager).getSingleResult();
    }

    private <T> TypedQuery<T> scoped(String select, String order, Class<T> type, String email, boolean manager) {
        if (manager) {
            return em.createQuery(select + order, type);
        }
        Organisation organisation = person(email).getOrganisation();
        if (organisation == null) {
            return em.createQuery(select + " WHERE 1 = 0" + order, type);
        }
        String where = organisation.getKind() == OrganisationKind.STARTUP ? " WHERE s.startup = :org" : " WHERE r.department = :org";
        return em.createQuery(select + where + order, type).setParameter("org", organisation);
    }

    /** The requester and the startup's founders are told, with the solution's and the department's names. */
    private void tell(SolutionRequest request, String key) {
        String solution = request.getSolution().getName();
        String department = request.getDepartment().getName();
        String reason = request.getDeclineReason() == null ? "" : request.getDeclineReason();
        notifications.notify(request.getRequestedBy(), key, solution, department, reason);
        people.membersWithRole(request.getSolution().getStartup(), Role.STARTUP)
                .forEach(p -> notifications.notify(p.getEmail(), key, solution, department, reason));
    }

    private Person person(String email) {
        return people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(email));
    }
}
