package org.govtechhub.web.cohort;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.ChallengeService;
import org.govtechhub.cohort.CohortPhase;
import org.govtechhub.cohort.PhaseKind;
import org.govtechhub.web.shared.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * cohorts/open-challenges.xhtml?q=: the published challenges of cohorts still taking applications, for everyone,
 * searched by words in the title, the problem or the department, newest first, twenty a page.
 */
@Named
@ViewScoped
public class OpenChallengesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChallengeService challengeService;

    private String search;
    private PagedModel<Challenge> model;

    /** One page of open challenges at a time, as the service finds them for the current search. */
    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> challengeService.countOpen(search), (first, max) -> challengeService.open(search, first, max));
    }

    /** Searches again from the first page, with the words in the address so the result can be shared. */
    public String go() {
        return "/cohorts/open-challenges?faces-redirect=true&includeViewParams=true";
    }

    /** The last day to apply, in the cohort's time zone. */
    public LocalDate applicationsClose(Challenge challenge) {
        return challenge.getCohort().phase(PhaseKind.APPLICATIONS).map(CohortPhase::getEndsOn).orElse(null);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LazyDataModel<Challenge> getModel() {
        return model;
    }
}
