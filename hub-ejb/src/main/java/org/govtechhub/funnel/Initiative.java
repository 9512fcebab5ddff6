package org.govtechhub.funnel;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.govtechhub.identity.Organisation;
import org.govtechhub.shared.BaseEntity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One initiative on its way through the funnel, whichever instruments carried it: the stage it started at, the
 * furthest stage it reached, the references of every instrument that moved it ({@code idea:5}, {@code challenge:7}…)
 * and its transitions. It only moves forward; a step at or before its stage adds the reference and nothing else.
 */
@Entity
@Table(name = "initiative")
@NamedQuery(name = "Initiative.withRef", query = "SELECT DISTINCT i FROM Initiative i JOIN i.refs r WHERE r = :ref ORDER BY i.id")
@NamedQuery(name = "Initiative.countByStages", query = "SELECT i.startStage, i.stage, COUNT(i) FROM Initiative i "
        + "WHERE (:year = 0 OR i.startedYear = :year) AND (:department IS NULL OR i.department.id = :department) "
        + "AND (:programme IS NULL OR i.programmeId = :programme) GROUP BY i.startStage, i.stage")
@NamedQuery(name = "Initiative.countByYear", query = "SELECT i.startedYear, i.startStage, i.stage, COUNT(i) FROM Initiative i "
        + "WHERE (:year = 0 OR i.startedYear = :year) AND (:department IS NULL OR i.department.id = :department) "
        + "AND (:programme IS NULL OR i.programmeId = :programme) "
        + "GROUP BY i.startedYear, i.startStage, i.stage ORDER BY i.startedYear DESC")
@NamedQuery(name = "Initiative.countByDepartment", query = "SELECT d.name, i.startStage, i.stage, COUNT(i) FROM Initiative i JOIN i.department d "
        + "WHERE (:year = 0 OR i.startedYear = :year) AND (:department IS NULL OR i.department.id = :department) "
        + "AND (:programme IS NULL OR i.programmeId = :programme) "
        + "GROUP BY d.name, i.startStage, i.stage ORDER BY d.name")
@NamedQuery(name = "Initiative.countByProgramme", query = "SELECT i.programmeName, i.startStage, i.stage, COUNT(i) FROM Initiative i "
        + "WHERE (:year = 0 OR i.startedYear = :year) AND (:department IS NULL OR i.department.id = :department) "
        + "AND (:programme IS NULL OR i.programmeId = :programme) AND i.programmeId IS NOT NULL "
        + "GROUP BY i.programmeName, i.startStage, i.stage ORDER BY i.programmeName")
@NamedQuery(name = "Initiative.years", query = "SELECT DISTINCT i.startedYear FROM Initiative i ORDER BY i.startedYear DESC")
@NamedQuery(name = "Initiative.page", query = "SELECT i FROM Initiative i "
        + "WHERE (:year = 0 OR i.startedYear = :year) AND (:department IS NULL OR i.department.id = :department) "
        + "AND (:programme IS NULL OR i.programmeId = :programme) AND (:stage IS NULL OR i.stage = :stage) "
        + "ORDER BY i.stageSince DESC, i.id DESC")
@NamedQuery(name = "Initiative.count", query = "SELECT COUNT(i) FROM Initiative i "
        + "WHERE (:year = 0 OR i.startedYear = :year) AND (:department IS NULL OR i.department.id = :department) "
        + "AND (:programme IS NULL OR i.programmeId = :programme) AND (:stage IS NULL OR i.stage = :stage)")
public class Initiative extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_stage", nullable = false, length = 20, updatable = false)
    private FunnelStage startStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FunnelStage stage;

    @Column(name = "started_at", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "started_year", nullable = false, updatable = false)
    private int startedYear;

    @Column(name = "stage_since", nullable = false)
    private LocalDateTime stageSince;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Organisation department;

    @Column(name = "programme_id")
    private Long programmeId;

    @Column(name = "programme_name", length = 200)
    private String programmeName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "initiative_ref", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "ref", length = 60)
    private Set<String> refs = new LinkedHashSet<>();

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.PERSIST)
    @OrderBy("enteredAt ASC, id ASC")
    private List<StageTransition> transitions = new ArrayList<>();

    protected Initiative() {
    }

    /** An initiative that enters the funnel at {@code step}'s stage, now, through {@code step}'s instrument. */
    public Initiative(FunnelStep step, Organisation department, String actor, LocalDateTime at) {
        this.title = shorten(step.title() == null ? step.ref() : step.title());
        this.startStage = step.stage();
        this.stage = step.stage();
        this.startedAt = at;
        this.startedYear = at.getYear();
        this.stageSince = at;
        this.department = department;
        this.programmeId = step.programmeId();
        this.programmeName = step.programmeName();
        this.refs.add(step.ref());
        this.transitions.add(new StageTransition(this, null, step.stage(), step.ref(), actor, step.reason(), at));
    }

    /**
     * Takes {@code step} into this initiative: its reference is kept; the department and programme are filled in if
     * still unknown; if the step's stage is beyond the current one, the current stage is left and the new one entered.
     * Returns the new transition, or empty when the initiative does not move.
     */
    public Optional<StageTransition> take(FunnelStep step, Organisation department, String actor, LocalDateTime at) {
        refs.add(step.ref());
        if (this.department == null) {
            this.department = department;
        }
        if (this.programmeId == null && step.programmeId() != null) {
            this.programmeId = step.programmeId();
            this.programmeName = step.programmeName();
        }
        if (!stage.isBefore(step.stage())) {
            return Optional.empty();
        }
        if (!transitions.isEmpty()) {
            transitions.get(transitions.size() - 1).leave(at);
        }
        StageTransition next = new StageTransition(this, stage, step.stage(), step.ref(), actor, step.reason(), at);
        transitions.add(next);
        stage = step.stage();
        stageSince = at;
        return Optional.of(next);
    }

    /** Whether this initiative passed through {@code s}: it started there or before, and got there or beyond. */
    public boolean reached(FunnelStage s) {
        return !s.isBefore(startStage) && !stage.isBefore(s);
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    public String getTitle() {
        return title;
    }

    public FunnelStage getStartStage() {
        return startStage;
    }

    public FunnelStage getStage() {
        return stage;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getStageSince() {
        return stageSince;
    }

    public Organisation getDepartment() {
        return department;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public Set<String> getRefs() {
        return Collections.unmodifiableSet(refs);
    }

    public List<StageTransition> getTransitions() {
        return Collections.unmodifiableList(transitions);
    }

    @Override
    protected String auditSummary() {
        return title + " (" + stage + ")";
    }
}
