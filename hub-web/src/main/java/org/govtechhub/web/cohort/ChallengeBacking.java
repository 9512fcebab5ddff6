package org.govtechhub.web.cohort;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.ChallengeService;
import org.govtechhub.cohort.ChallengeStatus;
import org.govtechhub.cohort.CohortPhase;
import org.govtechhub.cohort.PhaseKind;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * cohorts/challenge.xhtml?id=: my department's challenge. A draft or a returned one is edited (with its own team
 * limits for the cohort's team phases) and submitted; otherwise it is shown read-only with its status and the
 * program manager's comment. Another department's or an unknown id is "not found" (404).
 */
@Named
@ViewScoped
public class ChallengeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChallengeService challengeService;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Challenge challenge;
    private List<TeamLimit> teamLimits;

    public void load() {
        show(challengeService.challengeFor(id, user.email(), false));
    }

    public void save() {
        show(store());
        messages.info("cohort_challenge.saved", challenge.getTitle());
    }

    /** Saves what was typed, then submits it for approval; a refusal leaves the changes saved and says why. */
    public String submit() {
        show(store());
        Challenge submitted = challengeService.submit(id, user.email());
        messages.info("cohort_challenge.submitted", submitted.getTitle());
        return "/cohorts/challenge?faces-redirect=true&id=" + id;
    }

    private Challenge store() {
        for (TeamLimit limit : teamLimits) {
            challenge.limitTeams(limit.getPhase(), limit.getTeams());
        }
        return challengeService.update(challenge, user.email());
    }

    private void show(Challenge shown) {
        challenge = shown;
        teamLimits = Arrays.stream(PhaseKind.values()).filter(PhaseKind::hasTeams)
                .filter(k -> challenge.getCohort().phase(k).isPresent())
                .map(k -> new TeamLimit(k, challenge.getTeamLimits().get(k),
                        challenge.getCohort().phase(k).map(CohortPhase::getTeamsPerChallenge).orElse(null)))
                .toList();
    }

    public boolean isEditable() {
        return challenge.getStatus() == ChallengeStatus.DRAFT || challenge.getStatus() == ChallengeStatus.RETURNED;
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

    /** The cohort's team phases (pre-accelerator, accelerator) and this challenge's own limit in each. */
    public List<TeamLimit> getTeamLimits() {
        return teamLimits;
    }

    /** The teams that may work on the challenge in a phase: its own limit, or empty for the cohort's. */
    public static final class TeamLimit implements Serializable {

        private static final long serialVersionUID = 1L;

        private final PhaseKind phase;
        private final Integer cohortTeams;
        private Integer teams;

        TeamLimit(PhaseKind phase, Integer teams, Integer cohortTeams) {
            this.phase = phase;
            this.teams = teams;
            this.cohortTeams = cohortTeams;
        }

        public PhaseKind getPhase() {
            return phase;
        }

        public Integer getTeams() {
            return teams;
        }

        public void setTeams(Integer teams) {
            this.teams = teams;
        }

        /** The cohort phase's limit, which applies when the challenge sets none (1 when the phase sets none). */
        public int getCohortTeams() {
            return cohortTeams == null ? 1 : cohortTeams;
        }
    }
}
