package org.govtechhub.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.govtechhub.identity.Organisation;
import org.govtechhub.shared.BaseEntity;
import org.govtechhub.shared.BusinessException;

/** A department's review of a solution it runs: one to five stars and a text; one per department and solution. */
@Entity
@Table(name = "solution_review")
@NamedQuery(name = "SolutionReview.of", query = "SELECT r FROM SolutionReview r WHERE r.solution = :solution ORDER BY r.id DESC")
@NamedQuery(name = "SolutionReview.count", query = "SELECT COUNT(r) FROM SolutionReview r WHERE r.solution = :solution "
        + "AND r.department = :department")
@NamedQuery(name = "SolutionReview.mean", query = "SELECT AVG(r.stars), COUNT(r) FROM SolutionReview r WHERE r.solution = :solution")
public class SolutionReview extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "solution_id", nullable = false, updatable = false)
    private Solution solution;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id", nullable = false, updatable = false)
    private Organisation department;

    @Column(nullable = false, updatable = false)
    private String author;

    private int stars;

    private String text;

    protected SolutionReview() {
    }

    SolutionReview(Solution solution, Organisation department, String author, Integer stars, String text) {
        if (stars == null || stars < 1 || stars > 5) {
            throw new BusinessException("marketplace.review.starsInvalid");
        }
        this.text = Solution.text(text, 2000, "marketplace.review.textRequired");
        this.solution = solution;
        this.department = department;
        this.author = author;
        this.stars = stars;
    }

    @Override
    protected String auditSummary() {
        return solution.getName() + " by " + department.getName() + ": " + stars;
    }

    public Solution getSolution() {
        return solution;
    }

    public Organisation getDepartment() {
        return department;
    }

    public String getAuthor() {
        return author;
    }

    public int getStars() {
        return stars;
    }

    public String getText() {
        return text;
    }
}
