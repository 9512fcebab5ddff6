package org.govtechhub.web.cohort.manage;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.InnovationStage;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.cohort.OutcomeService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.web.shared.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * cohorts/manage/outcomes.xhtml?cohort=: the cohort's accepted startups with their outcomes; the manager opens one and
 * records its pilot, contract, investment, jobs, continued cooperation and innovation stage (forward only).
 */
@Named
@ViewScoped
public class OutcomesBacking extends CohortManagerPage {

    private static final long serialVersionUID = 1L;


    @EJB
    private OutcomeService outcomeService;

    @EJB
    private OrganisationService organisations;

    @Inject
    private Messages messages;

    private List<Outcome> outcomes;
    private Outcome selected;
    private InnovationStage stage;
    private List<Organisation> departments;

    /** Opens the cohort; an unknown id is "not found" (404). */
    public void load() {
        openCohort();
        outcomes = outcomeService.ofCohort(getCohortId());
    }

    /** Opens a startup's outcome in the form. */
    public void edit(Outcome outcome) {
        selected = outcome;
        stage = outcome.getStage();
        departments = null;
    }

    public void save() {
        Outcome saved = outcomeService.record(selected, stage);
        messages.info("cohort_outcomes.saved", saved.getApplication().getStartup().getName());
        outcomes = outcomeService.ofCohort(getCohortId());
        selected = null;
    }

    public void cancel() {
        selected = null;
    }

    /** Active departments to pilot with, and the recorded one even if it is no longer active. */
    public List<Organisation> getDepartments() {
        if (departments == null) {
            departments = new ArrayList<>(organisations.active(OrganisationKind.DEPARTMENT));
            if (selected != null && selected.getPilotDepartment() != null && !departments.contains(selected.getPilotDepartment())) {
                departments.add(selected.getPilotDepartment());
            }
        }
        return departments;
    }

    public InnovationStage[] getStages() {
        return InnovationStage.values();
    }




    public List<Outcome> getOutcomes() {
        return outcomes;
    }

    public Outcome getSelected() {
        return selected;
    }

    public InnovationStage getStage() {
        return stage;
    }

    public void setStage(InnovationStage stage) {
        this.stage = stage;
    }
}
