package org.govtechhub.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.govtechhub.evaluation.CriterionScore;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.evaluation.SheetStatus;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An expert's evaluation of a project. The scores and comments are the expert's scoresheet in the project's round of
 * the evaluation context (1..5 on each {@link ReviewCriterion}); this entity keeps what is the incubator's own: the
 * recommendation, whether the expert signs it, its release by a manager (only then is it public) and the founder's
 * one public answer. Every criterion needs a score and a comment; a released review is final.
 */
@Entity
@Table(name = "incubator_review")
@NamedQuery(name = "ExpertReview.ofExpert", query = "SELECT r FROM ExpertReview r JOIN FETCH r.project WHERE r.expert.email = :email "
        + "ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = "ExpertReview.releasedOf", query = "SELECT r FROM ExpertReview r WHERE r.project = :project AND r.releasedAt IS NOT NULL "
        + "ORDER BY r.releasedAt DESC, r.id DESC")
@NamedQuery(name = "ExpertReview.ofProject", query = "SELECT r FROM ExpertReview r WHERE r.project = :project ORDER BY r.createdAt, r.id")
@NamedQuery(name = "ExpertReview.awaitingRelease", query = "SELECT r FROM ExpertReview r JOIN FETCH r.project WHERE r.submittedAt IS NOT NULL "
        + "AND r.releasedAt IS NULL AND r.sheet.status = org.govtechhub.evaluation.SheetStatus.SUBMITTED ORDER BY r.submittedAt, r.id")
@NamedQuery(name = "ExpertReview.open", query = "SELECT r FROM ExpertReview r WHERE r.releasedAt IS NULL "
        + "AND r.sheet.status <> org.govtechhub.evaluation.SheetStatus.RECUSED")
@NamedQuery(name = "ExpertReview.allOf", query = "SELECT r FROM ExpertReview r WHERE r.project.id IN :projects")
@NamedQuery(name = "ExpertReview.criterionMeans", query = "SELECT s.criterion, AVG(s.score) FROM ExpertReview r JOIN r.sheet sh "
        + "JOIN sh.scores s WHERE r.project = :project AND r.releasedAt IS NOT NULL GROUP BY s.criterion")
public class ExpertReview extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @OneToOne
    @JoinColumn(name = "sheet_id", nullable = false, updatable = false)
    private Scoresheet sheet;

    @ManyToOne
    @JoinColumn(name = "expert_id", nullable = false, updatable = false)
    private Person expert;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    /** Published without the expert's name. */
    private boolean anonymous;

    /** The sum of the five scores once submitted. */
    private Integer points;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "released_at")
    private LocalDateTime releasedAt;

    @Column(name = "released_by")
    private String releasedBy;

    private String answer;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    protected ExpertReview() {
    }

    public ExpertReview(Project project, Scoresheet sheet) {
        this.project = project;
        this.sheet = sheet;
        this.expert = sheet.getJuror();
    }

    public ReviewStatus status() {
        if (sheet.getStatus() == SheetStatus.RECUSED) {
            return ReviewStatus.RECUSED;
        }
        if (releasedAt != null) {
            return ReviewStatus.RELEASED;
        }
        if (submittedAt != null) {
            return ReviewStatus.SUBMITTED;
        }
        return sheet.getStatus() == SheetStatus.DRAFT ? ReviewStatus.DRAFT : ReviewStatus.INVITED;
    }

    public ReviewStatus getStatus() {
        return status();
    }

    /** Keeps what the expert has written so far; blank scores are allowed in a draft, given ones must be 1..5. */
    public void saveDraft(Map<ReviewCriterion, Integer> scores, Map<ReviewCriterion, String> comments, Recommendation advice,
                          boolean unsigned, LocalDateTime now) {
        if (status() == ReviewStatus.SUBMITTED) {
            throw new BusinessException("incubator.review.submittedAlready");
        }
        fillIn(scores, comments, advice, unsigned, now);
    }

    private void fillIn(Map<ReviewCriterion, Integer> scores, Map<ReviewCriterion, String> comments, Recommendation advice,
                       boolean unsigned, LocalDateTime now) {
        requireWritable();
        Map<String, Integer> given = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            Integer score = scores.get(criterion);
            if (score != null && (score < ReviewCriterion.LOWEST || score > ReviewCriterion.HIGHEST)) {
                throw new BusinessException("incubator.review.range", criterion, ReviewCriterion.LOWEST, ReviewCriterion.HIGHEST);
            }
            String comment = comments.get(criterion);
            if (comment != null && comment.strip().length() > ReviewCriterion.COMMENT_LENGTH) {
                throw new BusinessException("incubator.review.commentTooLong", criterion, ReviewCriterion.COMMENT_LENGTH);
            }
            if (score != null) {
                given.put(criterion.name(), score);
                notes.put(criterion.name(), comment);
            }
        }
        sheet.fillIn(given, notes, now);
        recommendation = advice;
        anonymous = unsigned;
    }

    /**
     * Submits the review to the managers: every criterion scored and explained, and a recommendation. Until a manager
     * releases it, the expert may correct it by submitting again.
     */
    public void submit(Map<ReviewCriterion, Integer> scores, Map<ReviewCriterion, String> comments, Recommendation advice,
                       boolean unsigned, LocalDateTime now) {
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            if (scores.get(criterion) == null) {
                throw new BusinessException("incubator.review.scoreRequired", criterion);
            }
            String comment = comments.get(criterion);
            if (comment == null || comment.isBlank()) {
                throw new BusinessException("incubator.review.commentRequired", criterion);
            }
        }
        if (advice == null) {
            throw new BusinessException("incubator.review.recommendationRequired");
        }
        fillIn(scores, comments, advice, unsigned, now);
        sheet.submit(now);
        points = sheet.getScores().stream().mapToInt(CriterionScore::getScore).sum();
        submittedAt = now;
    }

    /** A manager makes a submitted review public; it then counts in the project's rating. */
    public void release(String manager, LocalDateTime now) {
        if (status() == ReviewStatus.RELEASED) {
            throw new BusinessException("incubator.review.releasedAlready");
        }
        if (status() != ReviewStatus.SUBMITTED) {
            throw new BusinessException("incubator.review.notSubmitted");
        }
        releasedAt = now;
        releasedBy = manager;
        project.countReview(points);
    }

    /** The founder's one public answer to a released review. */
    public void answer(String text, LocalDateTime now) {
        if (status() != ReviewStatus.RELEASED) {
            throw new BusinessException("incubator.review.notReleased");
        }
        if (answer != null) {
            throw new BusinessException("incubator.review.answeredAlready");
        }
        if (text == null || text.isBlank()) {
            throw new BusinessException("incubator.review.answerRequired");
        }
        if (text.strip().length() > ReviewCriterion.COMMENT_LENGTH) {
            throw new BusinessException("incubator.support.tooLong", ReviewCriterion.COMMENT_LENGTH);
        }
        answer = text.strip();
        answeredAt = now;
    }

    private void requireWritable() {
        ReviewStatus now = status();
        if (now == ReviewStatus.RELEASED) {
            throw new BusinessException("incubator.review.final");
        }
        if (now == ReviewStatus.RECUSED) {
            throw new BusinessException("evaluation.sheet.recused");
        }
    }

    /** The expert's scores by criterion, as far as given. */
    public Map<ReviewCriterion, Integer> scores() {
        Map<ReviewCriterion, Integer> scores = new EnumMap<>(ReviewCriterion.class);
        sheet.getScores().forEach(s -> scores.put(ReviewCriterion.valueOf(s.getCriterion()), s.getScore()));
        return scores;
    }

    /** The expert's comments by criterion, as far as given. */
    public Map<ReviewCriterion, String> comments() {
        Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
        sheet.getScores().stream().filter(s -> s.getComment() != null)
                .forEach(s -> comments.put(ReviewCriterion.valueOf(s.getCriterion()), s.getComment()));
        return comments;
    }

    /** The review's rating, the mean of its five scores to one decimal, once submitted. */
    public Optional<Double> rating() {
        return points == null ? Optional.empty() : Optional.of(Math.round(10.0 * points / ReviewCriterion.values().length) / 10.0);
    }

    public Double getRating() {
        return rating().orElse(null);
    }

    /** The name the public sees: the expert's, unless they chose to stay anonymous. */
    public Optional<String> signature() {
        return anonymous ? Optional.empty() : Optional.of(expert.getFullName());
    }

    @Override
    protected String auditSummary() {
        return "review of project " + project.getId() + " by " + expert.getEmail() + " " + status();
    }

    public Project getProject() {
        return project;
    }

    public Scoresheet getSheet() {
        return sheet;
    }

    public Person getExpert() {
        return expert;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Integer getPoints() {
        return points;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getReleasedAt() {
        return releasedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }
}
