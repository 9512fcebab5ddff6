package org.govtechhub.web.cohort.manage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.ChallengeService;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.CohortPhase;
import org.govtechhub.cohort.PhaseKind;
import org.govtechhub.cohort.ProgrammeService;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * cohorts/manage/cohort.xhtml?id=: a cohort's name, capacity, time zone and dated phases (edited in place, saved
 * together); its challenges, approved (with an optional comment), returned (with a comment) or published.
 */
@Named
@ViewScoped
public class CohortBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A proposed phase lasts two weeks; the manager changes the dates as needed. */
    private static final int PROPOSED_DAYS = 13;

    @EJB
    private ProgrammeService programmes;

    @EJB
    private ChallengeService challengeService;

    @Inject
    private Messages messages;

    private Long id;
    private Cohort cohort;
    private PhaseKind currentPhase;
    private List<Challenge> challenges;
    private Map<Long, String> comments = new HashMap<>();

    /** Opens the cohort; an unknown id is "not found" (404). */
    public void load() {
        cohort = programmes.cohort(id);
        currentPhase = currentPhaseOf(cohort);
        challenges = challengeService.ofCohort(cohort);
    }

    /** Adds a row for the next phase, proposed after the last one; saved with the rest of the form. */
    public void addPhase() {
        List<CohortPhase> phases = cohort.getPhases();
        CohortPhase last = phases.isEmpty() ? null : phases.get(phases.size() - 1);
        PhaseKind kind = Arrays.stream(PhaseKind.values())
                .filter(k -> phases.stream().noneMatch(p -> p.getKind() == k))
                .filter(k -> last == null || last.getKind() == null || k.ordinal() > last.getKind().ordinal())
                .findFirst().orElse(null);
        LocalDate start = last == null || last.getEndsOn() == null ? Clock.now().toLocalDate() : last.getEndsOn().plusDays(1);
        cohort.addPhase(new CohortPhase(kind, start, start.plusDays(PROPOSED_DAYS), null));
    }

    public void removePhase(int index) {
        cohort.removePhase(index);
    }

    public void save() {
        cohort = programmes.saveCohort(cohort);
        currentPhase = currentPhaseOf(cohort);
        messages.info("cohort_cohort.saved", cohort.getName());
    }

    public void approve(Challenge challenge) {
        Challenge approved = challengeService.approve(challenge.getId(), comments.get(challenge.getId()));
        messages.info("cohort_cohort.approved", approved.getTitle());
        reviewed(challenge);
    }

    public void returnForChanges(Challenge challenge) {
        Challenge returned = challengeService.returnForChanges(challenge.getId(), comments.get(challenge.getId()));
        messages.info("cohort_cohort.returned", returned.getTitle());
        reviewed(challenge);
    }

    public void publish(Challenge challenge) {
        Challenge published = challengeService.publish(challenge.getId());
        messages.info("cohort_cohort.published", published.getTitle());
        reviewed(challenge);
    }

    private void reviewed(Challenge challenge) {
        comments.remove(challenge.getId());
        challenges = challengeService.ofCohort(cohort);
    }

    private static PhaseKind currentPhaseOf(Cohort cohort) {
        return cohort.currentPhase(Clock.now()).map(CohortPhase::getKind).orElse(null);
    }

    public PhaseKind[] getPhaseKinds() {
        return PhaseKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    /** The phase the saved cohort is in today, in its time zone; null between or outside its phases. */
    public PhaseKind getCurrentPhase() {
        return currentPhase;
    }

    public List<Challenge> getChallenges() {
        return challenges;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
