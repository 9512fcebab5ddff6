package org.govtechhub.web.ideas;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.ProgrammeService;
import org.govtechhub.ideas.Idea;
import org.govtechhub.ideas.IdeaService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;
import org.govtechhub.web.shared.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * ideas/department.xhtml: the ideas assigned to my department (answered on each idea's page), and a draft challenge
 * of a cohort made of the ideas I tick, opened for editing in the cohort pages.
 */
@Named
@ViewScoped
public class DepartmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The ideas offered for a challenge: the newest of the department's, not yet part of one. */
    private static final int CANDIDATES = 100;

    @EJB
    private IdeaService ideas;

    @EJB
    private ProgrammeService programmes;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private PagedModel<Idea> model;
    private List<Idea> candidates;
    private List<Cohort> cohorts;
    private Long[] chosen;
    private Long cohortId;
    private String title;

    @PostConstruct
    void init() {
        String email = user.email();
        model = new PagedModel<>(() -> ideas.countOfMyDepartment(email), (first, max) -> ideas.ofMyDepartment(email, first, max));
        candidates = ideas.ofMyDepartment(email, 0, CANDIDATES).stream().filter(i -> i.getChallenge() == null).toList();
    }

    public String toChallenge() {
        Challenge challenge = ideas.toChallenge(chosen == null ? List.of() : Arrays.asList(chosen), cohortId, title, user.email());
        messages.info("ideas_department.challengeDrafted", challenge.getTitle());
        return "/cohorts/challenge?faces-redirect=true&id=" + challenge.getId();
    }

    public LazyDataModel<Idea> getModel() {
        return model;
    }

    public List<Idea> getCandidates() {
        return candidates;
    }

    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = programmes.allCohorts();
        }
        return cohorts;
    }

    public Long[] getChosen() {
        return chosen;
    }

    public void setChosen(Long[] chosen) {
        this.chosen = chosen;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
