package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.incubator.ExpertProfile;
import org.govtechhub.incubator.ExpertReview;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.ReviewService;
import org.govtechhub.incubator.Sector;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * incubator/manage/experts.xhtml: the program managers' expert evaluations — the panel with each expert's open
 * reviews, the proposed invitations (the optimal assignment of experts to the published projects that lack reviews)
 * and the submitted reviews waiting to be released.
 */
@Named
@ViewScoped
public class ExpertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewService reviews;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private int reviewers = 3;
    private Sector sector;
    private ReviewService.Plan plan;
    private List<ExpertProfile> experts;
    private Map<Long, Integer> loads;
    private List<ExpertReview> awaiting;
    private List<Project> waiting;
    private Map<Long, Boolean> chosen = new HashMap<>();

    public void load() {
        experts = reviews.experts();
        loads = reviews.openLoads();
        awaiting = reviews.awaitingRelease();
        waiting = reviews.waitingForReviews(reviewers, sector);
    }

    /** The proposal for the chosen projects, or for every waiting one when none is chosen. */
    public void propose() {
        plan = reviews.plan(reviewers, chosenIds());
    }

    public void invite() {
        int invited = reviews.inviteAsProposed(reviewers, chosenIds());
        plan = null;
        chosen = new HashMap<>();
        load();
        messages.info("incubator_experts.invited", invited);
    }

    public void release(Long reviewId) {
        ExpertReview released = reviews.release(reviewId, user.email());
        load();
        messages.info("incubator_experts.released", released.getProject().getName());
    }

    private List<Long> chosenIds() {
        return waiting.stream().map(Project::getId).filter(id -> Boolean.TRUE.equals(chosen.get(id))).toList();
    }

    /** The expert's open reviews now. */
    public int load(ExpertProfile expert) {
        return loads.getOrDefault(expert.getPerson().getId(), 0);
    }

    public int getReviewers() {
        return reviewers;
    }

    public void setReviewers(int reviewers) {
        this.reviewers = reviewers;
    }

    /** Lists the waiting projects of the sector chosen (or of all), for the number of experts per project given. */
    public void show() {
        plan = null;
        chosen = new HashMap<>();
        load();
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public ReviewService.Plan getPlan() {
        return plan;
    }

    public List<ExpertProfile> getExperts() {
        return experts;
    }

    public List<Project> getWaiting() {
        return waiting;
    }

    /** Which of the waiting projects the manager ticked, by id. */
    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public List<ExpertReview> getAwaiting() {
        return awaiting;
    }
}
