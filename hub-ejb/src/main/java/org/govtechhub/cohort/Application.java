package org.govtechhub.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.time.LocalDateTime;
import java.util.EnumSet;

/**
 * A startup's application to one challenge: proposal and team, drafted, submitted during the cohort's application
 * phase (in the cohort's time zone), then through the selection funnel ({@link ApplicationStatus}); the automatic
 * eligibility outcome and, where a manager overrode it, the override with its reason.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = "Application.ofStartup", query = "SELECT a FROM Application a WHERE a.startup = :startup ORDER BY a.id DESC")
@NamedQuery(name = "Application.ofChallengeAndStartup",
        query = "SELECT a FROM Application a WHERE a.challenge = :challenge AND a.startup = :startup")
@NamedQuery(name = "Application.countByStage", query = "SELECT a.reached, COUNT(a) FROM Application a WHERE a.cohort = :cohort "
        + "AND a.reached IS NOT NULL GROUP BY a.reached")
@NamedQuery(name = "Application.countAccepted", query = "SELECT COUNT(a) FROM Application a WHERE a.cohort = :cohort "
        + "AND a.status = org.govtechhub.cohort.ApplicationStatus.ACCEPTED")
@NamedQuery(name = "Application.countAdvancedForChallenge", query = "SELECT COUNT(a) FROM Application a WHERE a.challenge = :challenge "
        + "AND a.advanced = TRUE")
@NamedQuery(name = "Application.countAcceptedForChallenge", query = "SELECT COUNT(a) FROM Application a WHERE a.challenge = :challenge "
        + "AND a.status = org.govtechhub.cohort.ApplicationStatus.ACCEPTED")
@NamedQuery(name = "Application.ofCohortInStatuses", query = "SELECT a FROM Application a JOIN FETCH a.challenge JOIN FETCH a.startup "
        + "WHERE a.cohort = :cohort AND a.status IN :statuses ORDER BY a.id")
@NamedQuery(name = "Application.demoDay", query = "SELECT a FROM Application a JOIN FETCH a.challenge JOIN FETCH a.startup "
        + "WHERE a.cohort = :cohort AND a.status = org.govtechhub.cohort.ApplicationStatus.ACCEPTED "
        + "ORDER BY a.demoPosition, a.decidedAt, a.id")
public class Application extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final EnumSet<ApplicationStatus> DECISIONS = EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.WAITLISTED,
            ApplicationStatus.REJECTED);

    @ManyToOne
    @JoinColumn(name = "challenge_id", nullable = false, updatable = false)
    private Challenge challenge;

    @ManyToOne
    @JoinColumn(name = "startup_id", nullable = false, updatable = false)
    private Organisation startup;

    /** The challenge's cohort, kept here for the cohort's paged list (one index in submission order). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Person author;

    @Size(max = 8000)
    private String proposal;

    @Size(max = 2000)
    private String team;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "rules_passed")
    private Boolean rulesPassed;

    @Column(name = "override_eligible")
    private Boolean overrideEligible;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "override_by")
    private String overrideBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    /**
     * The furthest funnel stage reached (see {@link ApplicationStatus#stage()}), so that the funnel still counts a
     * startup rejected after its pitch as pitched; only an eligibility override to ineligible takes it back.
     */
    @Enumerated(EnumType.STRING)
    private ApplicationStatus reached;

    /** Whether an accepted startup went on from the pre-accelerator to the accelerator (cohorts that have both). */
    private boolean advanced;

    /** The place of an accepted startup's pitch on the demo-day agenda, from 1. */
    @Column(name = "demo_position")
    private Integer demoPosition;

    protected Application() {
    }

    public Application(Challenge challenge, Organisation startup, Person author) {
        this.cohort = challenge.getCohort();
        if (challenge.getStatus() != ChallengeStatus.PUBLISHED) {
            throw new BusinessException("cohort.application.challengeNotOpen", challenge.getTitle());
        }
        this.challenge = challenge;
        this.startup = startup;
        this.author = author;
    }

    public void requireDraft() {
        if (status != ApplicationStatus.DRAFT) {
            throw new BusinessException("cohort.application.notDraft");
        }
    }

    /** Submits the draft during the cohort's application phase, in the cohort's time zone. */
    public void submit(LocalDateTime nowUtc) {
        requireDraft();
        challenge.getCohort().requirePhase(PhaseKind.APPLICATIONS, nowUtc);
        if (proposal == null || proposal.isBlank()) {
            throw new BusinessException("cohort.application.proposalRequired");
        }
        moveTo(ApplicationStatus.SUBMITTED, nowUtc);
        submittedAt = nowUtc;
    }

    /** The automatic eligibility check's outcome: eligible or ineligible. */
    public void screened(EligibilityResult result, LocalDateTime nowUtc) {
        rulesPassed = result.checksPassed();
        moveTo(result.eligible() ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE, nowUtc);
    }

    /** A manager overrides the automatic outcome, with a reason (the caller audits it). */
    public void overrideEligibility(boolean eligible, String reason, String by, LocalDateTime nowUtc) {
        if (status != ApplicationStatus.ELIGIBLE && status != ApplicationStatus.INELIGIBLE) {
            throw new BusinessException("cohort.application.notScreened");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("cohort.eligibility.overrideReasonRequired");
        }
        ApplicationStatus target = eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
        if (target != status) {
            moveTo(target, nowUtc);
        }
        overrideEligible = eligible;
        overrideReason = reason.strip();
        overrideBy = by;
    }

    /** One step through the funnel; an invalid one is refused naming both statuses. */
    public void moveTo(ApplicationStatus next, LocalDateTime nowUtc) {
        if (!status.canMoveTo(next)) {
            throw new BusinessException("cohort.application.transition", startup.getName(), status, next);
        }
        status = next;
        ApplicationStatus stage = next.stage();
        if (next == ApplicationStatus.INELIGIBLE || stage != null && (reached == null || stage.ordinal() > reached.ordinal())) {
            reached = stage;
        }
        if (DECISIONS.contains(next)) {
            decidedAt = nowUtc;
        }
    }

    public boolean isOverridden() {
        return overrideEligible != null;
    }

    @Override
    protected String auditSummary() {
        return startup.getName() + " -> " + challenge.getTitle() + " (" + status + ")"
                + (overrideReason == null ? "" : " override: " + overrideReason);
    }

    public Challenge getChallenge() {
        return challenge;
    }

    public Organisation getStartup() {
        return startup;
    }

    public Person getAuthor() {
        return author;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Boolean getRulesPassed() {
        return rulesPassed;
    }

    public Boolean getOverrideEligible() {
        return overrideEligible;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    /** Goes on from the pre-accelerator to the accelerator; only an accepted startup, once. */
    public void advance() {
        if (status != ApplicationStatus.ACCEPTED) {
            throw new BusinessException("cohort.application.advanceNotAccepted", startup.getName());
        }
        if (advanced) {
            throw new BusinessException("cohort.application.alreadyAdvanced", startup.getName());
        }
        advanced = true;
    }

    public boolean isAdvanced() {
        return advanced;
    }

    public ApplicationStatus getReached() {
        return reached;
    }

    public Integer getDemoPosition() {
        return demoPosition;
    }

    public void setDemoPosition(Integer demoPosition) {
        this.demoPosition = demoPosition;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }
}
