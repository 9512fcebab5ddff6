package org.govtechhub.web.cohort.manage;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.PitchService;
import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JurorProgress;
import org.govtechhub.evaluation.JuryService;
import org.govtechhub.evaluation.RoundCriterion;
import org.govtechhub.evaluation.RoundStatus;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.PersonService;
import org.govtechhub.identity.Role;
import org.govtechhub.web.evaluation.CriteriaEditor;
import org.govtechhub.web.shared.Messages;

import java.util.List;

/**
 * cohorts/manage/pitch.xhtml?cohort=: the cohort's pitch day. Set-up: the jury (people with the juror role) and the
 * weighted criteria; then scoring of the shortlisted startups with each juror's progress and reminders; once closed,
 * the per-juror normalised ranking with the proposal (within capacity and the challenges' team limits), which the
 * manager confirms: the proposed startups are accepted, the other pitched ones waitlisted.
 */
@Named
@ViewScoped
public class PitchBacking extends CohortManagerPage {

    private static final long serialVersionUID = 1L;

    /** The criteria proposed for a new pitch day, named in the manager's language, weights summing to 100. */
    private static final String[][] DEFAULT_CRITERIA = {{"fit", "30"}, {"team", "25"}, {"feasibility", "25"}, {"impact", "20"}};

    @EJB
    private PitchService pitches;


    @EJB
    private PersonService people;

    @EJB
    private JuryService jury;

    @Inject
    private Messages messages;

    private EvaluationRound round;
    private CriteriaEditor criteria;
    private String jurorEmail;
    private transient List<PitchService.PitchStanding> standings;

    /** Opens the cohort; an unknown id is "not found" (404). */
    public void load() {
        Cohort cohort = openCohort();
        round = pitches.round(cohort).orElse(null);
        criteria = CriteriaEditor.of(round, defaults());
        standings = null;
    }

    private List<RoundCriterion> defaults() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return java.util.Arrays.stream(DEFAULT_CRITERIA)
                .map(c -> new RoundCriterion(c[0], Messages.format(faces, "cohort_pitch.criterion." + c[0]), Integer.parseInt(c[1]))).toList();
    }

    public void addJuror() {
        messages.info("cohort_pitch.jurorAdded", pitches.addJuror(getCohortId(), jurorEmail).getFullName());
        jurorEmail = null;
        load();
    }

    public void removeJuror(Person juror) {
        pitches.removeJuror(getCohortId(), juror.getId());
        messages.info("cohort_pitch.jurorRemoved", juror.getFullName());
        load();
    }

    public void addCriterion() {
        criteria.add();
    }

    public void saveCriteria() {
        pitches.setCriteria(getCohortId(), criteria.criteria(), false);
        messages.info("award_judging.criteriaSaved");
        load();
    }

    public void open() {
        EvaluationRound opened = pitches.openScoring(getCohortId());
        messages.info("cohort_pitch.opened", opened.getSubjects().size());
        load();
    }

    public void remind() {
        messages.info("award_judging.reminded", pitches.remind(getCohortId()));
    }

    public void close() {
        pitches.closeScoring(getCohortId());
        messages.info("cohort_pitch.closed");
        load();
    }

    public void accept() {
        messages.info("cohort_pitch.accepted", pitches.acceptByRanking(getCohortId()));
        load();
    }

    /** The people who may join the jury: those with the juror role, not on it yet. */
    public List<Person> getCandidates() {
        return people.withRole(Role.JUROR).stream().filter(p -> !getCohort().getPitchJurors().contains(p)).toList();
    }

    public List<Person> getJurors() {
        return pitches.jurors(getCohortId());
    }

    public boolean isSetup() {
        return round == null || round.getStatus() == RoundStatus.SETUP;
    }

    public List<JurorProgress> getProgress() {
        return isSetup() ? List.of() : jury.progress(round);
    }

    public List<PitchService.PitchStanding> getStandings() {
        if (standings == null) {
            standings = isSetup() ? List.of() : pitches.standings(getCohortId());
        }
        return standings;
    }

    public long getProposedCount() {
        return getStandings().stream().filter(PitchService.PitchStanding::proposed).count();
    }




    public EvaluationRound getRound() {
        return round;
    }

    public CriteriaEditor getCriteria() {
        return criteria;
    }

    public String getJurorEmail() {
        return jurorEmail;
    }

    public void setJurorEmail(String jurorEmail) {
        this.jurorEmail = jurorEmail;
    }
}
