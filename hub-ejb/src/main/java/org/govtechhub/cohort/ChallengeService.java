package org.govtechhub.cohort;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Caller;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.govtechhub.funnel.FunnelService;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.CrudService;
import org.govtechhub.shared.NotificationService;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Challenges: a department drafts and submits them for a cohort, the program manager approves or returns them and
 * publishes the approved ones; published challenges of cohorts still taking applications are public. A department
 * reaches only its own challenges; anything else is "not found".
 */
@Stateless
@RolesAllowed({Roles.DEPARTMENT, Roles.SYSTEM})
public class ChallengeService extends CrudService<Challenge> {

    @EJB
    private Caller caller;

    @EJB
    private FunnelService funnel;

    private static final String OPEN = "FROM Challenge c WHERE c.status = org.govtechhub.cohort.ChallengeStatus.PUBLISHED AND c.cohort IN :open "
            + "AND (LOWER(c.title) LIKE :text OR LOWER(c.problem) LIKE :text OR LOWER(c.department.name) LIKE :text)";

    @EJB
    private PersonService people;

    @EJB
    private ProgrammeService programmes;

    @EJB
    private NotificationService notifications;

    @Inject
    private Event<ChallengePublished> publishedEvents;

    public ChallengeService() {
        super(Challenge.class);
    }

    /** The challenges of the person's department, newest first. */
    public List<Challenge> ofMyDepartment(String email) {
        caller.requireSelf(email);
        Organisation department = department(email);
        return em.createNamedQuery("Challenge.ofDepartment", Challenge.class).setParameter("department", department).getResultList();
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public List<Challenge> ofCohort(Cohort cohort) {
        return em.createNamedQuery("Challenge.ofCohort", Challenge.class).setParameter("cohort", cohort).getResultList();
    }

    /** Starts a draft for a cohort, in the name of the person's department. */
    public Challenge draft(Long cohortId, String title, String email) {
        caller.requireSelf(email);
        Cohort cohort = programmes.cohort(cohortId);
        return save(new Challenge(cohort, department(email), title), true);
    }

    /**
     * Starts a draft for a cohort with its problem already stated (a department turning citizens' ideas into a
     * challenge); the draft then follows the same rules as any other.
     */
    public Challenge draft(Long cohortId, String title, String problem, String email) {
        Challenge draft = draft(cohortId, title, email);
        draft.setProblem(problem);
        return draft;
    }

    /** The challenge as its department (or a program manager) may open it. */
    public Challenge challengeFor(Long id, String email, boolean manager) {
        caller.requireSelf(email);
        return find(id).filter(c -> manager || c.getDepartment().equals(me(email).getOrganisation()))
                .orElseThrow(() -> BusinessException.notFound(id));
    }

    public Challenge update(@NotNull @Valid Challenge changed, String email) {
        caller.requireSelf(email);
        challengeFor(changed.getId(), email, false).requireEditable();
        return save(changed, false);
    }

    public Challenge submit(Long id, String email) {
        caller.requireSelf(email);
        Challenge challenge = challengeFor(id, email, false);
        challenge.submit(Clock.now());
        people.withRole(Role.PROGRAM_MANAGER).stream()
                .forEach(m -> notifications.notify(m.getEmail(), "notification.cohort.challengeSubmitted", challenge.getTitle(),
                        challenge.getDepartment().getName()));
        return challenge;
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Challenge approve(Long id, String comment) {
        Challenge challenge = get(id);
        challenge.approve(comment);
        tellDepartment(challenge, "notification.cohort.challengeApproved");
        return challenge;
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Challenge returnForChanges(Long id, String comment) {
        Challenge challenge = get(id);
        challenge.returnForChanges(comment);
        tellDepartment(challenge, "notification.cohort.challengeReturned");
        return challenge;
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
    public Challenge publish(Long id) {
        Challenge challenge = get(id);
        challenge.publish(Clock.now());
        tellDepartment(challenge, "notification.cohort.challengePublished");
        funnel.record(CohortSteps.published(challenge));
        publishedEvents.fire(new ChallengePublished(challenge.getId(), challenge.getTitle()));
        return challenge;
    }

    /** Published challenges of cohorts still taking applications, searched by words in title, problem or department. */
    @PermitAll
    public List<Challenge> open(String search, int first, int max) {
        List<Cohort> open = openCohorts();
        return open.isEmpty() ? List.of() : openQuery("SELECT c " + OPEN + " ORDER BY c.publishedAt DESC, c.id DESC", Challenge.class, search, open)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @PermitAll
    public long countOpen(String search) {
        List<Cohort> open = openCohorts();
        return open.isEmpty() ? 0 : openQuery("SELECT COUNT(c) " + OPEN, Long.class, search, open).getSingleResult();
    }

    /**
     * The cohorts taking applications today in their own time zones: those whose application phase ends no earlier
     * than yesterday in UTC (no time zone is further behind), then checked exactly. Cohorts are few; their
     * challenges may be many, so these go to the paged query as a set.
     */
    private List<Cohort> openCohorts() {
        LocalDateTime now = Clock.now();
        return em.createQuery("SELECT DISTINCT c FROM Cohort c JOIN c.phases p WHERE p.kind = org.govtechhub.cohort.PhaseKind.APPLICATIONS "
                        + "AND p.endsOn >= :yesterday", Cohort.class)
                .setParameter("yesterday", now.toLocalDate().minusDays(1)).getResultList().stream().filter(c -> c.isOpen(now)).toList();
    }

    /** A published challenge of a cohort still taking applications; anything else is "not found". */
    @PermitAll
    public Challenge openChallenge(Long id) {
        return find(id).filter(c -> c.getStatus() == ChallengeStatus.PUBLISHED && c.getCohort().isOpen(Clock.now()))
                .orElseThrow(() -> BusinessException.notFound(id));
    }

    private <T> TypedQuery<T> openQuery(String jpql, Class<T> type, String search, List<Cohort> open) {
        String text = "%" + (search == null ? "" : search.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "")) + "%";
        return em.createQuery(jpql, type).setParameter("open", open).setParameter("text", text);
    }

    private void tellDepartment(Challenge challenge, String key) {
        people.membersWithRole(challenge.getDepartment(), Role.DEPARTMENT)
                .forEach(p -> notifications.notify(p.getEmail(), key, challenge.getTitle()));
    }

    private Organisation department(String email) {
        Organisation organisation = me(email).getOrganisation();
        if (organisation == null || organisation.getKind() != OrganisationKind.DEPARTMENT) {
            throw new BusinessException("cohort.challenge.notADepartment");
        }
        return organisation;
    }

    private Person me(String email) {
        return people.findByEmail(email).orElseThrow(() -> BusinessException.notFound(email));
    }
}
