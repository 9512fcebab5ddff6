package org.govtechhub.web.marketplace;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.marketplace.PriceModel;
import org.govtechhub.marketplace.Solution;
import org.govtechhub.marketplace.SolutionCategory;
import org.govtechhub.marketplace.SolutionService;
import org.govtechhub.marketplace.SolutionStatus;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * marketplace/solution-edit.xhtml[?id=]: the founder drafts a solution (new without an id), links one of the startup's
 * completed pilots as its proof, saves and submits it to the program managers. Another startup's id is "not found".
 */
@Named
@ViewScoped
public class SolutionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SolutionService solutions;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Solution solution;
    private Long outcomeId;
    private List<Outcome> pilots;

    public void load() {
        solution = id == null ? solutions.blank(user.email()) : solutions.own(user.email(), id);
        outcomeId = solution.getOutcome() == null ? null : solution.getOutcome().getId();
        pilots = solutions.pilots(user.email());
    }

    public String save() {
        solution = solutions.saveDraft(solution, outcomeId, user.email());
        messages.info("marketplace_edit.saved", solution.getName());
        return "/marketplace/solution-edit?faces-redirect=true&id=" + solution.getId();
    }

    public String submit() {
        solution = solutions.saveDraft(solution, outcomeId, user.email());
        solutions.submit(solution.getId(), user.email());
        messages.info("marketplace_edit.submitted", solution.getName());
        return "/marketplace/my-solutions?faces-redirect=true";
    }

    public boolean isDraft() {
        return solution.getStatus() == SolutionStatus.DRAFT;
    }

    public SolutionCategory[] getCategories() {
        return SolutionCategory.values();
    }

    public PriceModel[] getPriceModels() {
        return PriceModel.values();
    }

    public List<Outcome> getPilots() {
        return pilots;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Solution getSolution() {
        return solution;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public void setOutcomeId(Long outcomeId) {
        this.outcomeId = outcomeId;
    }
}
