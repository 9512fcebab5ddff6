package org.govtechhub.web.cohort;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.ChallengeService;
import org.govtechhub.cohort.CohortPhase;
import org.govtechhub.cohort.PhaseKind;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
    private OpenChallenges model;

    @PostConstruct
    void init() {
        model = new OpenChallenges();
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

    /** One page of open challenges at a time, as the service finds them for the current search. */
    private final class OpenChallenges extends LazyDataModel<Challenge> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) challengeService.countOpen(search);
        }

        @Override
        public List<Challenge> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return challengeService.open(search, first, pageSize);
        }

        @Override
        public String getRowKey(Challenge challenge) {
            return String.valueOf(challenge.getId());
        }

        @Override
        public Challenge getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(c -> rowKey.equals(getRowKey(c))).findFirst().orElse(null);
        }
    }
}
