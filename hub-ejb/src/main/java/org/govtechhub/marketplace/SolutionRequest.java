package org.govtechhub.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.identity.Organisation;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A department's request for a listed solution: what it is for, for how many users, with what budget. It is worked
 * through the pipeline of {@link RequestStatus}; each step says who may take it, and a decline needs its reason. A
 * department whose request went live may review the solution, once.
 */
@Entity
@Table(name = "solution_request")
@NamedQuery(name = "SolutionRequest.ofDepartment", query = "SELECT r FROM SolutionRequest r JOIN FETCH r.solution "
        + "WHERE r.department = :department ORDER BY r.id DESC")
@NamedQuery(name = "SolutionRequest.ofStartup", query = "SELECT r FROM SolutionRequest r JOIN FETCH r.solution "
        + "WHERE r.solution.startup = :startup ORDER BY r.id DESC")
@NamedQuery(name = "SolutionRequest.all", query = "SELECT r FROM SolutionRequest r JOIN FETCH r.solution ORDER BY r.id DESC")
@NamedQuery(name = "SolutionRequest.live", query = "SELECT r FROM SolutionRequest r WHERE r.solution = :solution "
        + "AND r.department = :department AND r.status = org.govtechhub.marketplace.RequestStatus.LIVE")
@NamedQuery(name = "SolutionRequest.usedBy", query = "SELECT DISTINCT r.department FROM SolutionRequest r WHERE r.solution = :solution "
        + "AND r.status = org.govtechhub.marketplace.RequestStatus.LIVE")
public class SolutionRequest extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "solution_id", nullable = false, updatable = false)
    private Solution solution;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id", nullable = false, updatable = false)
    private Organisation department;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    private String purpose;

    @Column(name = "user_count")
    private int users;

    private BigDecimal budget;

    private String currency;

    @Enumerated(EnumType.STRING)
    private RequestStatus status = RequestStatus.NEW;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "moved_at")
    private LocalDateTime movedAt;

    @Column(name = "moved_by")
    private String movedBy;

    protected SolutionRequest() {
    }

    /**
     * A department's request: the solution must be requestable today (listed; an expired accreditation is named), the
     * purpose given, at least one user, a budget that is not negative.
     */
    public SolutionRequest(Solution solution, Organisation department, String requestedBy, String purpose, Integer users,
                           BigDecimal budget, LocalDate today, LocalDateTime now) {
        if (department == null || !department.isDepartment()) {
            throw new BusinessException("marketplace.request.notADepartment");
        }
        solution.checkRequestable(today);
        this.purpose = Solution.text(purpose, Solution.TEXT_MAX, "marketplace.request.purposeRequired");
        if (users == null || users < 1 || users > 10_000_000) {
            throw new BusinessException("marketplace.request.usersInvalid");
        }
        if (budget == null || budget.signum() < 0) {
            throw new BusinessException("marketplace.request.budgetInvalid");
        }
        this.solution = solution;
        this.department = department;
        this.requestedBy = requestedBy.toLowerCase(Locale.ROOT);
        this.users = users;
        this.budget = budget;
        this.currency = solution.getCurrency();
        this.movedAt = now;
        this.movedBy = requestedBy;
    }

    /**
     * Moves the request one step on, if the step follows the current one and this actor may take it; a decline needs
     * its reason.
     */
    public void moveTo(RequestStatus next, RequestActor actor, String reason, String who, LocalDateTime now) {
        if (next == null || !status.next().contains(next)) {
            throw new BusinessException("marketplace.request.stepNotAllowed", status, next == null ? "" : next);
        }
        if (!next.takenBy().contains(actor)) {
            throw new BusinessException("marketplace.request.notYourStep", next, actor);
        }
        if (next == RequestStatus.DECLINED) {
            declineReason = Solution.text(reason, 2000, "marketplace.request.reasonRequired");
        }
        status = next;
        movedAt = now;
        movedBy = who;
    }

    /** Whether going live here adopts the solution in a department other than the one that piloted it. */
    public boolean isAdoptionElsewhere() {
        return status == RequestStatus.LIVE && solution.getOutcome() != null
                && !department.equals(solution.getOutcome().getPilotDepartment());
    }

    /** The department reviews the solution it runs: its request is live and it has not reviewed it before. */
    public SolutionReview review(Integer stars, String text, String author, boolean alreadyReviewed) {
        if (status != RequestStatus.LIVE) {
            throw new BusinessException("marketplace.review.notLive", solution.getName());
        }
        if (alreadyReviewed) {
            throw new BusinessException("marketplace.review.already", department.getName(), solution.getName());
        }
        return new SolutionReview(solution, department, author, stars, text);
    }

    @Override
    protected String auditSummary() {
        return solution.getName() + " for " + department.getName() + " " + status;
    }

    public Solution getSolution() {
        return solution;
    }

    public Organisation getDepartment() {
        return department;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getPurpose() {
        return purpose;
    }

    public int getUsers() {
        return users;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getCurrency() {
        return currency;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public LocalDateTime getMovedAt() {
        return movedAt;
    }

    public String getMovedBy() {
        return movedBy;
    }
}
