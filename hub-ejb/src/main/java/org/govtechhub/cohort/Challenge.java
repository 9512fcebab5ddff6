package org.govtechhub.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.Organisation;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * A department's problem for a cohort: the problem statement, the expected result as a SMART goal (what is
 * measured, the target and its unit, by when), the data and resources offered, a budget or prize, and how many
 * teams may work on it per phase. Draft → submitted → approved or returned with a comment → published.
 */
@Entity
@Table(name = "challenge")
@NamedQuery(name = "Challenge.ofDepartment", query = "SELECT c FROM Challenge c WHERE c.department = :department ORDER BY c.id DESC")
@NamedQuery(name = "Challenge.ofCohort", query = "SELECT c FROM Challenge c WHERE c.cohort = :cohort ORDER BY c.id")
public class Challenge extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne
    @JoinColumn(name = "department_id", nullable = false, updatable = false)
    private Organisation department;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 4000)
    private String problem;

    @Column(name = "goal_metric")
    @Size(max = 500)
    private String goalMetric;

    @Column(name = "goal_target")
    @DecimalMin("0")
    private BigDecimal goalTarget;

    @Column(name = "goal_unit")
    @Size(max = 100)
    private String goalUnit;

    @Column(name = "goal_deadline")
    private LocalDate goalDeadline;

    @Size(max = 2000)
    private String resources;

    @DecimalMin("0")
    private BigDecimal budget;

    @Size(max = 500)
    private String prize;

    @Enumerated(EnumType.STRING)
    private ChallengeStatus status = ChallengeStatus.DRAFT;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "challenge_team_limit", joinColumns = @JoinColumn(name = "challenge_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "phase")
    @Column(name = "teams")
    private Map<PhaseKind, Integer> teamLimits = new EnumMap<>(PhaseKind.class);

    protected Challenge() {
    }

    public Challenge(Cohort cohort, Organisation department, String title) {
        this.cohort = cohort;
        this.department = department;
        this.title = title;
    }

    /** The department may change a draft or a returned challenge. */
    public void requireEditable() {
        if (status != ChallengeStatus.DRAFT && status != ChallengeStatus.RETURNED) {
            throw new BusinessException("cohort.challenge.notEditable");
        }
    }

    /** Submits a complete challenge for approval, during the cohort's call for challenges (when it has one). */
    public void submit(LocalDateTime nowUtc) {
        requireEditable();
        if (cohort.phase(PhaseKind.CALL_FOR_CHALLENGES).isPresent()) {
            cohort.requirePhase(PhaseKind.CALL_FOR_CHALLENGES, nowUtc);
        }
        if (problem == null || problem.isBlank()) {
            throw new BusinessException("cohort.challenge.problemRequired");
        }
        if (goalMetric == null || goalMetric.isBlank() || goalTarget == null || goalUnit == null || goalUnit.isBlank() || goalDeadline == null) {
            throw new BusinessException("cohort.challenge.goalRequired");
        }
        status = ChallengeStatus.SUBMITTED;
        reviewComment = null;
    }

    public void approve(String comment) {
        requireStatus(ChallengeStatus.SUBMITTED);
        status = ChallengeStatus.APPROVED;
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** Back to the department with a comment that says what to change. */
    public void returnForChanges(String comment) {
        requireStatus(ChallengeStatus.SUBMITTED);
        if (comment == null || comment.isBlank()) {
            throw new BusinessException("cohort.challenge.commentRequired");
        }
        status = ChallengeStatus.RETURNED;
        reviewComment = comment.strip();
    }

    /** Publishes an approved challenge: from now on anyone can read it while the cohort takes applications. */
    public void publish(LocalDateTime nowUtc) {
        requireStatus(ChallengeStatus.APPROVED);
        status = ChallengeStatus.PUBLISHED;
        publishedAt = nowUtc;
    }

    private void requireStatus(ChallengeStatus expected) {
        if (status != expected) {
            throw new BusinessException("cohort.challenge.wrongStatus", title, status, expected);
        }
    }

    /** The teams that may work on this challenge in a phase: its own limit, else the cohort phase's, else 1. */
    public int teamsAllowed(PhaseKind phase) {
        Integer own = teamLimits.get(phase);
        if (own != null) {
            return own;
        }
        return cohort.phase(phase).map(CohortPhase::getTeamsPerChallenge).filter(t -> t != null).orElse(1);
    }

    public void limitTeams(PhaseKind phase, Integer teams) {
        requireEditable();
        if (teams == null) {
            teamLimits.remove(phase);
        } else if (teams < 1) {
            throw new BusinessException("cohort.challenge.teamsPositive");
        } else {
            teamLimits.put(phase, teams);
        }
    }

    @Override
    protected String auditSummary() {
        return title + " (" + status + ")";
    }

    public Cohort getCohort() {
        return cohort;
    }

    public void setCohort(Cohort cohort) {
        this.cohort = cohort;
    }

    public Organisation getDepartment() {
        return department;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getGoalMetric() {
        return goalMetric;
    }

    public void setGoalMetric(String goalMetric) {
        this.goalMetric = goalMetric;
    }

    public BigDecimal getGoalTarget() {
        return goalTarget;
    }

    public void setGoalTarget(BigDecimal goalTarget) {
        this.goalTarget = goalTarget;
    }

    public String getGoalUnit() {
        return goalUnit;
    }

    public void setGoalUnit(String goalUnit) {
        this.goalUnit = goalUnit;
    }

    public LocalDate getGoalDeadline() {
        return goalDeadline;
    }

    public void setGoalDeadline(LocalDate goalDeadline) {
        this.goalDeadline = goalDeadline;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = resources;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getPrize() {
        return prize;
    }

    public void setPrize(String prize) {
        this.prize = prize;
    }

    public ChallengeStatus getStatus() {
        return status;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public Map<PhaseKind, Integer> getTeamLimits() {
        return Map.copyOf(teamLimits);
    }
}
