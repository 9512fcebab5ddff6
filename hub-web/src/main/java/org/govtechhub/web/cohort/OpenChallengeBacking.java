package org.govtechhub.web.cohort;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.ChallengeService;
import org.govtechhub.cohort.CohortPhase;
import org.govtechhub.cohort.PhaseKind;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * cohorts/open-challenge.xhtml?id=: a published challenge of a cohort still taking applications, for everyone: the
 * problem, the SMART goal, the resources, budget and prize, the teams per phase and the cohort's dates. Anything
 * else (a draft, a closed cohort, an unknown id) is "not found" (404).
 */
@Named
@ViewScoped
public class OpenChallengeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChallengeService challengeService;

    private Long id;
    private Challenge challenge;

    public void load() {
        challenge = challengeService.openChallenge(id);
    }

    /** The cohort's applications phase (always there: a cohort without one is never open). */
    public CohortPhase getApplications() {
        return challenge.getCohort().phase(PhaseKind.APPLICATIONS).orElse(null);
    }

    /** The cohort's team phases, in which this many teams may work on the challenge. */
    public List<PhaseKind> getTeamPhases() {
        return Arrays.stream(PhaseKind.values()).filter(PhaseKind::hasTeams)
                .filter(k -> challenge.getCohort().phase(k).isPresent()).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Challenge getChallenge() {
        return challenge;
    }
}
