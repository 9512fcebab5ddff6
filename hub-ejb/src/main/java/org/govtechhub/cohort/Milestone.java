package org.govtechhub.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A milestone an accepted startup sets itself: a title, a SMART target (what, how much, by when), the due date,
 * and, once reached, the evidence. It is overdue when it is not done and its due date has passed in the cohort's
 * time zone; the daily check flags an overdue milestone once (a new due date makes it flaggable again).
 */
@Entity
@Table(name = "milestone")
@NamedQuery(name = "Milestone.of", query = "SELECT m FROM Milestone m WHERE m.application = :application ORDER BY m.dueOn, m.id")
@NamedQuery(name = "Milestone.unflaggedDue", query = "SELECT m FROM Milestone m WHERE m.status <> org.govtechhub.cohort.MilestoneStatus.DONE "
        + "AND m.overdueFlaggedOn IS NULL AND m.dueOn < :latestToday ORDER BY m.id")
public class Milestone extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 1000)
    private String target;

    @NotNull
    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private MilestoneStatus status = MilestoneStatus.PLANNED;

    @Size(max = 4000)
    private String evidence;

    @Column(name = "overdue_flagged_on")
    private LocalDate overdueFlaggedOn;

    protected Milestone() {
    }

    /** A planned milestone of an accepted application. */
    public Milestone(Application application, String title, String target, LocalDate dueOn) {
        Outcome.requireAccepted(application);
        this.application = application;
        this.title = title;
        this.target = target;
        this.dueOn = dueOn;
    }

    /** Not done and past its due date in the cohort's time zone at this UTC moment. */
    public boolean isOverdue(LocalDateTime nowUtc) {
        return status != MilestoneStatus.DONE && dueOn != null && application.getChallenge().getCohort().today(nowUtc).isAfter(dueOn);
    }

    /** Reached: the evidence says how (a link, a figure, a document). */
    public void complete(String withEvidence) {
        if (withEvidence == null || withEvidence.isBlank()) {
            throw new BusinessException("cohort.milestone.evidenceRequired", title);
        }
        evidence = withEvidence.strip();
        status = MilestoneStatus.DONE;
    }

    /** Not reached by its date. */
    public void miss() {
        if (status == MilestoneStatus.DONE) {
            throw new BusinessException("cohort.milestone.alreadyDone", title);
        }
        status = MilestoneStatus.MISSED;
    }

    /** Moves the due date: a done milestone keeps its date; an overdue one may be flagged again after the new date. */
    public void reschedule(LocalDate newDueOn) {
        if (status == MilestoneStatus.DONE) {
            throw new BusinessException("cohort.milestone.alreadyDone", title);
        }
        if (newDueOn == null) {
            throw new BusinessException("cohort.milestone.dueRequired");
        }
        if (!newDueOn.equals(dueOn)) {
            dueOn = newDueOn;
            overdueFlaggedOn = null;
            if (status == MilestoneStatus.MISSED) {
                status = MilestoneStatus.PLANNED;
            }
        }
    }

    /**
     * Records that the founders and the manager were told about this overdue milestone; true if it is overdue and
     * was not flagged before, i.e. if they are to be told now.
     */
    public boolean flagIfOverdue(LocalDateTime nowUtc) {
        if (overdueFlaggedOn != null || !isOverdue(nowUtc)) {
            return false;
        }
        overdueFlaggedOn = application.getChallenge().getCohort().today(nowUtc);
        return true;
    }

    @Override
    protected String auditSummary() {
        return title + " due " + dueOn + " (" + status + ")";
    }

    public Application getApplication() {
        return application;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public MilestoneStatus getStatus() {
        return status;
    }

    public String getEvidence() {
        return evidence;
    }

    public LocalDate getOverdueFlaggedOn() {
        return overdueFlaggedOn;
    }
}
