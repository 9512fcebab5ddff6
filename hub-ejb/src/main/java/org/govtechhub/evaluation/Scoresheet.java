package org.govtechhub.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A juror's assignment to one entry of a round and, as they fill it in, their scorecard: a score of 1..10 per
 * criterion, a comment where the score is extreme (1–2, 9–10). Saved as a draft, then submitted; a recusal
 * (a conflict found after assignment) takes the sheet out of every computation.
 */
@Entity
@Table(name = "evaluation_sheet")
@NamedQuery(name = "Scoresheet.ofRound", query = "SELECT s FROM Scoresheet s WHERE s.round = :round ORDER BY s.subjectId, s.juror.fullName")
@NamedQuery(name = "Scoresheet.ofJuror", query = "SELECT s FROM Scoresheet s WHERE s.juror.email = :email AND s.round.status = "
        + "org.govtechhub.evaluation.RoundStatus.SCORING ORDER BY s.round.id, s.subjectId")
@NamedQuery(name = "Scoresheet.ofJurorAndSubject", query = "SELECT s FROM Scoresheet s WHERE s.juror.email = :email AND s.subjectId = :subject "
        + "AND s.round.owner = :owner")
public class Scoresheet extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private EvaluationRound round;

    @ManyToOne
    @JoinColumn(name = "juror_id", nullable = false, updatable = false)
    private Person juror;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    private int affinity;

    @Column(name = "affinity_note")
    private String affinityNote;

    @Enumerated(EnumType.STRING)
    private SheetStatus status = SheetStatus.ASSIGNED;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "recused_at")
    private LocalDateTime recusedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "sheet_id"))
    private List<CriterionScore> scores = new ArrayList<>();

    protected Scoresheet() {
    }

    public Scoresheet(EvaluationRound round, Person juror, long subjectId, int affinity, String affinityNote) {
        this.round = round;
        this.juror = juror;
        this.subjectId = subjectId;
        this.affinity = affinity;
        this.affinityNote = affinityNote;
    }

    /**
     * Keeps what the juror has filled in so far (blank scores are allowed in a draft; given ones must be on the round's scale, 1..10 unless it says less).
     * A submitted sheet may be corrected while the round is open: it is then checked and stays submitted.
     */
    public void fillIn(Map<String, Integer> given, Map<String, String> comments, LocalDateTime now) {
        requireOpen();
        List<CriterionScore> filled = new ArrayList<>();
        for (RoundCriterion criterion : round.getCriteria()) {
            Integer score = given.get(criterion.getCode());
            if (score == null) {
                continue;
            }
            if (score < ScoreAggregator.MIN_SCORE || score > round.getScaleMax()) {
                throw new BusinessException("evaluation.score.range", criterion.getName(), ScoreAggregator.MIN_SCORE, round.getScaleMax());
            }
            filled.add(new CriterionScore(criterion.getCode(), score, comments.get(criterion.getCode())));
        }
        scores.clear();
        scores.addAll(filled);
        if (status == SheetStatus.SUBMITTED) {
            submit(now);
        } else {
            status = SheetStatus.DRAFT;
        }
    }

    /** Submits the scorecard: every criterion scored, a comment for each score of 1, 2, 9 or 10. */
    public void submit(LocalDateTime now) {
        requireOpen();
        for (RoundCriterion criterion : round.getCriteria()) {
            CriterionScore score = score(criterion.getCode())
                    .orElseThrow(() -> new BusinessException("evaluation.score.missing", criterion.getName()));
            if (ScoreAggregator.commentRequired(score.getScore()) && score.getComment() == null) {
                throw new BusinessException("evaluation.score.commentRequired", criterion.getName(), score.getScore());
            }
        }
        status = SheetStatus.SUBMITTED;
        submittedAt = now;
    }

    /**
     * The juror steps back from this entry (a conflict of interest); whatever they scored no longer counts.
     *
     * @return whether a submitted score was excluded by this recusal
     */
    public boolean recuse(LocalDateTime now) {
        boolean hadScored = status == SheetStatus.SUBMITTED;
        status = SheetStatus.RECUSED;
        recusedAt = now;
        return hadScored;
    }

    private void requireOpen() {
        round.requireScoring();
        if (status == SheetStatus.RECUSED) {
            throw new BusinessException("evaluation.sheet.recused");
        }
    }

    public Optional<CriterionScore> score(String criterion) {
        return scores.stream().filter(s -> s.getCriterion().equals(criterion)).findFirst();
    }

    public boolean isCounted() {
        return status == SheetStatus.SUBMITTED || status == SheetStatus.RECUSED;
    }

    /** The scorecard the aggregator reads; only for submitted or recused sheets. */
    public Scorecard scorecard() {
        Map<String, Integer> values = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (CriterionScore score : scores) {
            values.put(score.getCriterion(), score.getScore());
            if (score.getComment() != null) {
                comments.put(score.getCriterion(), score.getComment());
            }
        }
        return new Scorecard(subjectId, juror.getId(), status == SheetStatus.RECUSED, values, comments);
    }

    /** The weighted total of a submitted sheet, 1..10. */
    public double weightedTotal() {
        return round.aggregator().weightedTotal(scorecard());
    }

    @Override
    protected String auditSummary() {
        return "round " + round.getId() + " entry " + subjectId + " juror " + juror.getEmail() + " " + status;
    }

    public EvaluationRound getRound() {
        return round;
    }

    public Person getJuror() {
        return juror;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public int getAffinity() {
        return affinity;
    }

    public String getAffinityNote() {
        return affinityNote;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getRecusedAt() {
        return recusedAt;
    }

    public List<CriterionScore> getScores() {
        return List.copyOf(scores);
    }
}
