package org.govtechhub.web.incubator;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.incubator.CatalogueService;
import org.govtechhub.incubator.ExpertReview;
import org.govtechhub.incubator.Recommendation;
import org.govtechhub.incubator.ReviewCriterion;
import org.govtechhub.incubator.ReviewService;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * incubator/expert/review.xhtml?id=: an expert reads the project they were invited to and reviews it — a score of 1..5
 * and a comment on each criterion, a recommendation, signed or anonymous — as a draft, then submitted for release;
 * or steps back from it, declaring a conflict of interest. Someone else's review is "not found".
 */
@Named
@ViewScoped
public class ExpertReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewService reviewService;

    @EJB
    private CatalogueService catalogue;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private ExpertReview review;
    private List<Outcome> evidence;
    private final Map<ReviewCriterion, Integer> scores = new EnumMap<>(ReviewCriterion.class);
    private final Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
    private Recommendation recommendation;
    private boolean anonymous;
    private ConflictType conflictKind;
    private String conflictReason;

    public void load() {
        show(reviewService.reviewFor(id, user.email()));
        evidence = catalogue.evidence(review.getProject());
    }

    private void show(ExpertReview shown) {
        review = shown;
        scores.clear();
        scores.putAll(shown.scores());
        comments.clear();
        comments.putAll(shown.comments());
        recommendation = shown.getRecommendation();
        anonymous = shown.isAnonymous();
    }

    public void saveDraft() {
        show(reviewService.saveDraft(id, user.email(), scores, comments, recommendation, anonymous));
        messages.info("incubator_expertReview.saved");
    }

    public String submit() {
        ExpertReview submitted = reviewService.submit(id, user.email(), scores, comments, recommendation, anonymous);
        messages.info("incubator_expertReview.submitted", submitted.getProject().getName());
        return "/incubator/expert/reviews?faces-redirect=true";
    }

    public String declareConflict() {
        reviewService.declareConflict(id, user.email(), conflictKind, conflictReason);
        messages.info("incubator_expertReview.recused", review.getProject().getName());
        return "/incubator/expert/reviews?faces-redirect=true";
    }

    public List<String> getRegionNames() {
        return review.getProject().getRegions().stream().map(r -> r.name(user.locale())).sorted(Comparator.naturalOrder()).toList();
    }

    public ReviewCriterion[] getCriteria() {
        return ReviewCriterion.values();
    }

    public Integer[] getScale() {
        Integer[] scale = new Integer[ReviewCriterion.HIGHEST - ReviewCriterion.LOWEST + 1];
        Arrays.setAll(scale, i -> ReviewCriterion.LOWEST + i);
        return scale;
    }

    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }

    public ConflictType[] getConflictKinds() {
        return Arrays.stream(ConflictType.values()).filter(ConflictType::isDeclarable).toArray(ConflictType[]::new);
    }

    /** Whether the expert may still write: not released, not recused. */
    public boolean isWritable() {
        return switch (review.status()) {
            case INVITED, DRAFT, SUBMITTED -> true;
            default -> false;
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExpertReview getReview() {
        return review;
    }

    public List<Outcome> getEvidence() {
        return evidence;
    }

    public Map<ReviewCriterion, Integer> getScores() {
        return scores;
    }

    public Map<ReviewCriterion, String> getComments() {
        return comments;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public ConflictType getConflictKind() {
        return conflictKind;
    }

    public void setConflictKind(ConflictType conflictKind) {
        this.conflictKind = conflictKind;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }
}
