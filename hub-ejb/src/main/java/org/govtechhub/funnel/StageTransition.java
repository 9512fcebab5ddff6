package org.govtechhub.funnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.shared.BaseEntity;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * An initiative entering a stage: from which stage, through which instrument's reference, who moved it, when, why;
 * and, once it moves on, when it left and how long it stayed (seconds, so the database can average it).
 */
@Entity
@Table(name = "stage_transition")
@NamedQuery(name = "StageTransition.timeInStage", query = "SELECT t.stage, AVG(t.secondsInStage), COUNT(t) FROM StageTransition t "
        + "JOIN t.initiative i WHERE t.leftAt IS NOT NULL AND (:year = 0 OR i.startedYear = :year) "
        + "AND (:department IS NULL OR i.department.id = :department) AND (:programme IS NULL OR i.programmeId = :programme) "
        + "GROUP BY t.stage")
public class StageTransition extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "initiative_id", nullable = false, updatable = false)
    private Initiative initiative;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 20, updatable = false)
    private FunnelStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private FunnelStage stage;

    @Column(nullable = false, length = 60, updatable = false)
    private String ref;

    @Column(nullable = false, length = 254, updatable = false)
    private String actor;

    @Column(length = 1000, updatable = false)
    private String reason;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private LocalDateTime enteredAt;

    @Column(name = "left_at")
    private LocalDateTime leftAt;

    @Column(name = "seconds_in_stage")
    private Long secondsInStage;

    protected StageTransition() {
    }

    StageTransition(Initiative initiative, FunnelStage fromStage, FunnelStage stage, String ref, String actor, String reason,
                    LocalDateTime at) {
        this.initiative = initiative;
        this.fromStage = fromStage;
        this.stage = stage;
        this.ref = ref;
        this.actor = actor;
        this.reason = reason == null || reason.isBlank() ? null : reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
        this.enteredAt = at;
    }

    void leave(LocalDateTime at) {
        leftAt = at;
        secondsInStage = Math.max(0, Duration.between(enteredAt, at).getSeconds());
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public FunnelStage getFromStage() {
        return fromStage;
    }

    public FunnelStage getStage() {
        return stage;
    }

    public String getRef() {
        return ref;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getEnteredAt() {
        return enteredAt;
    }

    public LocalDateTime getLeftAt() {
        return leftAt;
    }

    public Long getSecondsInStage() {
        return secondsInStage;
    }
}
