package org.govtechhub.web.cohort;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.ChallengeService;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.ProgrammeService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/** cohorts/challenges.xhtml: the challenges of my department, newest first; start a draft for a cohort. */
@Named
@ViewScoped
public class ChallengesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChallengeService challengeService;

    @EJB
    private ProgrammeService programmes;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private List<Challenge> challenges = List.of();
    private List<Cohort> cohorts;
    private Cohort cohort;
    private String title;

    /** My department's challenges; an account without a department gets the reason instead. */
    public void load() {
        challenges = challengeService.ofMyDepartment(user.email());
    }

    /** Starts a draft and opens it for editing. */
    public String start() {
        Challenge draft = challengeService.draft(cohort == null ? null : cohort.getId(), title, user.email());
        messages.info("cohort_challenges.started", draft.getTitle());
        return "/cohorts/challenge?faces-redirect=true&id=" + draft.getId();
    }

    public List<Challenge> getChallenges() {
        return challenges;
    }

    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = programmes.allCohorts();
        }
        return cohorts;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public void setCohort(Cohort cohort) {
        this.cohort = cohort;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
