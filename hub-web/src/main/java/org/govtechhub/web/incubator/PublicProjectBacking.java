package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.identity.Role;
import org.govtechhub.incubator.CatalogueService;
import org.govtechhub.incubator.Project;
import org.govtechhub.incubator.Region;
import org.govtechhub.incubator.ExpertReview;
import org.govtechhub.incubator.ReviewCriterion;
import org.govtechhub.incubator.ReviewService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * incubator/public-project.xhtml, at /projects/&lt;slug&gt;: a published project for everyone, with when it was last updated and
 * the outcomes its startup's cohorts recorded, and its released expert reviews with their rating, which its owner may
 * answer once each. Its owner gets a link to change it, a program manager one to moderate it.
 * A draft, a returned project or an unknown address is "not found" (404).
 */
@Named
@ViewScoped
public class PublicProjectBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogueService catalogue;

    @Inject
    private CurrentUser user;

    private String slug;
    private Project project;
    private List<Outcome> evidence;
    private List<org.govtechhub.incubator.Adoption> adoptions;

    @EJB
    private org.govtechhub.incubator.ReplicationService replication;

    @EJB
    private ReviewService reviewService;

    @Inject
    private Messages messages;

    private List<ExpertReview> reviews;
    private Map<ReviewCriterion, Double> means;
    private final Map<Long, String> answers = new HashMap<>();

    public void load() {
        project = catalogue.published(slug);
        evidence = catalogue.evidence(project);
        adoptions = replication.adoptions(project);
        reviews = reviewService.released(project);
        means = reviewService.criterionMeans(project);
    }

    /** The owner answers a released review, once, publicly. */
    public void answer(Long reviewId) {
        reviewService.answer(reviewId, user.email(), answers.get(reviewId));
        answers.remove(reviewId);
        load();
        messages.info("incubator_reviews.answered");
    }

    /** The expert evaluations, released ones only, newest first. */
    public List<ExpertReview> getReviews() {
        return reviews;
    }

    /** The mean score per criterion over the released reviews. */
    public Map<ReviewCriterion, Double> getMeans() {
        return means;
    }

    public ReviewCriterion[] getCriteria() {
        return ReviewCriterion.values();
    }

    /** The answers being written, by review. */
    public Map<Long, String> getAnswers() {
        return answers;
    }

    /** Where it is being adopted or runs beyond its home regions. */
    public List<org.govtechhub.incubator.Adoption> getAdoptions() {
        return adoptions;
    }

    /** The regions where it runs, by name in the page's language. */
    public List<String> getRegionNames() {
        return project.getRegions().stream().map(r -> r.name(user.locale())).sorted(Comparator.naturalOrder()).toList();
    }

    public boolean isOwner() {
        return user.isSignedIn() && project.getOwner().getEmail().equals(user.email());
    }

    public boolean isManager() {
        return user.isSignedIn() && user.isInRole(Role.PROGRAM_MANAGER.name());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Project getProject() {
        return project;
    }

    public List<Outcome> getEvidence() {
        return evidence;
    }

    /** For the regions' names where only a Region is at hand. */
    public String regionName(Region region) {
        return region.name(user.locale());
    }
}
