package org.govtechhub.cohort;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.govtechhub.identity.Roles;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.govtechhub.funnel.FunnelService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.CrudService;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The program manager records what came of each accepted application: one outcome each, its stage only forward. */
@Stateless
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.SYSTEM})
public class OutcomeService extends CrudService<Outcome> {

    @EJB
    private FunnelService funnel;

    @EJB
    private ProgrammeService programmes;

    @EJB
    private ApplicationService applications;

    public OutcomeService() {
        super(Outcome.class);
    }

    /**
     * The cohort's accepted applications by startup name, each with its outcome: the recorded one, or a new, unsaved
     * one at the idea stage. An unknown cohort is "not found".
     */
    public List<Outcome> ofCohort(Long cohortId) {
        Cohort cohort = programmes.cohort(cohortId);
        List<Application> accepted = em.createQuery("SELECT a FROM Application a JOIN FETCH a.startup JOIN FETCH a.challenge "
                        + "WHERE a.challenge.cohort = :cohort AND a.status = org.govtechhub.cohort.ApplicationStatus.ACCEPTED "
                        + "ORDER BY a.startup.name, a.id", Application.class)
                .setParameter("cohort", cohort).getResultList();
        Map<Long, Outcome> recorded = em.createNamedQuery("Outcome.ofCohort", Outcome.class).setParameter("cohort", cohort).getResultStream()
                .collect(Collectors.toMap(o -> o.getApplication().getId(), Function.identity()));
        return accepted.stream().map(a -> recorded.getOrDefault(a.getId(), new Outcome(a))).toList();
    }

    /**
     * What came of a startup's cohorts: its recorded outcomes, newest first, each with its application, challenge and
     * cohort. The virtual incubator shows them as its project's evidence.
     */
    @PermitAll
    public List<Outcome> ofStartup(org.govtechhub.identity.Organisation startup) {
        return startup == null ? List.of()
                : em.createNamedQuery("Outcome.ofStartup", Outcome.class).setParameter("startup", startup).getResultList();
    }

    /** The outcome of an accepted application: the recorded one, or a new, unsaved one at the idea stage. */
    @RolesAllowed(Roles.SYSTEM)
    public Outcome outcomeOf(Long applicationId) {
        Application application = applications.get(applicationId);
        return em.createNamedQuery("Outcome.of", Outcome.class).setParameter("application", application).getResultStream().findFirst()
                .orElseGet(() -> new Outcome(application));
    }

    /**
     * Records an accepted application's outcome (one per application) and moves its innovation stage to
     * {@code stage}: forward or unchanged, never back.
     */
    public Outcome record(@NotNull @Valid Outcome outcome, InnovationStage stage) {
        Application application = applications.get(outcome.getApplication().getId());
        Outcome.requireAccepted(application);
        outcome.check();
        if (outcome.isNew() && !em.createNamedQuery("Outcome.of", Outcome.class).setParameter("application", application).getResultList().isEmpty()) {
            throw new BusinessException("cohort.outcome.duplicate", application.getStartup().getName());
        }
        // a new outcome too is merged: its application (and pilot department) come from the page, detached
        Outcome saved = save(outcome, false);
        saved.moveTo(stage);
        CohortSteps.recorded(saved).ifPresent(funnel::record);
        return saved;
    }
}
