package org.govtechhub.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One jury round of an owner (an award edition, a cohort's pitch day): weighted criteria, and, once scoring
 * opens, the frozen set of entries ("subjects", by id) that jurors score. The owner is a key such as
 * {@code award-edition:12}, so the evaluation context does not depend on the contexts that use it.
 */
@Entity
@Table(name = "evaluation_round")
@NamedQuery(name = "EvaluationRound.ofOwner", query = "SELECT r FROM EvaluationRound r WHERE r.owner = :owner ORDER BY r.number")
public class EvaluationRound extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, updatable = false)
    private String owner;

    @Column(name = "round_no", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    private RoundStatus status = RoundStatus.SETUP;

    @Column(name = "trimmed_mean")
    private boolean trimmedMean;

    /** The highest score of this round's scale, which starts at 1: 10 for juries, 5 for the incubator's reviews. */
    @Column(name = "scale_max", nullable = false, updatable = false)
    private int scaleMax = ScoreAggregator.MAX_SCORE;

    @Column(name = "chair_order")
    private String chairOrder = "";

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_criterion", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<RoundCriterion> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_subject", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "subject_id")
    private Set<Long> subjects = new HashSet<>();

    protected EvaluationRound() {
    }

    public EvaluationRound(String owner, int number, boolean trimmedMean, List<RoundCriterion> criteria) {
        this.owner = owner;
        this.number = number;
        this.trimmedMean = trimmedMean;
        replaceCriteria(criteria);
    }

    /** A round scored on 1..{@code scaleMax} ({@code scaleMax} between 2 and 10) instead of the juries' 1..10. */
    public EvaluationRound(String owner, int number, List<RoundCriterion> criteria, int scaleMax) {
        this(owner, number, false, criteria);
        if (scaleMax < ScoreAggregator.MIN_SCORE + 1 || scaleMax > ScoreAggregator.MAX_SCORE) {
            throw new IllegalArgumentException("scale 1.." + scaleMax);
        }
        this.scaleMax = scaleMax;
    }

    /** Sets the criteria while the round is being set up; the weights must be positive and sum to 100. */
    public void replaceCriteria(List<RoundCriterion> replacement) {
        requireSetup();
        if (replacement.isEmpty()) {
            throw new BusinessException("evaluation.criteria.none");
        }
        Set<String> codes = new HashSet<>();
        int sum = 0;
        for (RoundCriterion criterion : replacement) {
            if (criterion.getCode() == null || criterion.getCode().isBlank() || criterion.getName() == null || criterion.getName().isBlank()) {
                throw new BusinessException("evaluation.criteria.nameRequired");
            }
            if (criterion.getWeight() <= 0) {
                throw new BusinessException("evaluation.criteria.weightPositive", criterion.getName());
            }
            if (!codes.add(criterion.getCode())) {
                throw new BusinessException("evaluation.criteria.duplicate", criterion.getName());
            }
            sum += criterion.getWeight();
        }
        if (sum != ScoreAggregator.TOTAL_WEIGHT) {
            throw new BusinessException("evaluation.criteria.weights", sum);
        }
        criteria.clear();
        criteria.addAll(replacement);
    }

    /** Opens scoring: from now on the set of entries is frozen. */
    public void open(Collection<Long> entries, LocalDateTime now) {
        requireSetup();
        if (entries.isEmpty()) {
            throw new BusinessException("evaluation.round.noEntries");
        }
        subjects.clear();
        subjects.addAll(entries);
        status = RoundStatus.SCORING;
        openedAt = now;
    }

    public void close(LocalDateTime now) {
        requireScoring();
        status = RoundStatus.CLOSED;
        closedAt = now;
    }

    public void requireSetup() {
        if (status != RoundStatus.SETUP) {
            throw new BusinessException("evaluation.round.frozen", number);
        }
    }

    public void requireScoring() {
        if (status != RoundStatus.SCORING) {
            throw new BusinessException("evaluation.round.notScoring", number);
        }
    }

    public void requireClosed() {
        if (status != RoundStatus.CLOSED) {
            throw new BusinessException("evaluation.round.notClosed", number);
        }
    }

    public ScoreAggregator aggregator() {
        return new ScoreAggregator(criteria.stream().map(RoundCriterion::criterion).toList());
    }

    /** The chair's recorded order for ties, best first. */
    public List<Long> chairOrder() {
        if (chairOrder == null || chairOrder.isBlank()) {
            return List.of();
        }
        return Arrays.stream(chairOrder.split(",")).map(Long::valueOf).toList();
    }

    /** The chair puts {@code preferred} before {@code other} (appended to the recorded order). */
    public void recordChairDecision(long preferred, long other) {
        requireClosed();
        Set<Long> order = new LinkedHashSet<>(chairOrder());
        order.remove(preferred);
        order.remove(other);
        order.add(preferred);
        order.add(other);
        chairOrder = order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public boolean includes(long subjectId) {
        return subjects.contains(subjectId);
    }

    @Override
    protected String auditSummary() {
        return owner + " round " + number + " " + status;
    }

    public String getOwner() {
        return owner;
    }

    public int getNumber() {
        return number;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public int getScaleMax() {
        return scaleMax;
    }

    public boolean isTrimmedMean() {
        return trimmedMean;
    }

    public void setTrimmedMean(boolean trimmedMean) {
        requireSetup();
        this.trimmedMean = trimmedMean;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public List<RoundCriterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public Set<Long> getSubjects() {
        return Set.copyOf(subjects);
    }
}
