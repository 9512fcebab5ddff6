package org.govtechhub.web.marketplace;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.govtechhub.identity.Organisation;
import org.govtechhub.marketplace.Rating;
import org.govtechhub.marketplace.RequestService;
import org.govtechhub.marketplace.SellingService;
import org.govtechhub.marketplace.Solution;
import org.govtechhub.marketplace.SolutionReview;
import org.govtechhub.marketplace.SolutionService;
import org.govtechhub.shared.Clock;
import org.govtechhub.web.shared.CurrentUser;
import org.govtechhub.web.shared.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * marketplace/solution.xhtml?id=: a published solution with its evidence (the pilot's outcome or the accreditation),
 * price, security and data-protection facts, the departments that run it, their reviews and mean, and whether its
 * startup is trained in selling to government; a department's member requests it here and, once it runs there,
 * reviews it. A refused request or review keeps what was typed.
 */
@Named
@ViewScoped
public class SolutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SolutionService solutions;

    @EJB
    private RequestService requests;

    @EJB
    private SellingService selling;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    private Long id;
    private Solution solution;
    private List<Organisation> usedBy;
    private List<SolutionReview> reviews;
    private Rating rating;
    private boolean trained;
    private boolean mayReview;
    private String purpose;
    private Integer users;
    private BigDecimal budget;
    private Integer stars;
    private String text;

    public void load() {
        solution = solutions.published(id);
        usedBy = solutions.usedBy(solution);
        reviews = solutions.reviews(solution);
        rating = solutions.rating(solution);
        trained = selling.isTrained(solution.getStartup());
        mayReview = isMayRequest() && requests.mayReview(id, user.email());
    }

    public void request() {
        requests.request(id, user.email(), purpose, users, budget);
        messages.info("marketplace_solution.requested", solution.getName());
        purpose = null;
        users = null;
        budget = null;
    }

    public void review() {
        requests.review(id, user.email(), stars, text);
        messages.info("marketplace_solution.reviewed", solution.getName());
        load();
    }

    public boolean isListed() {
        return solution.isListed(Clock.now().toLocalDate());
    }

    public boolean isExpired() {
        return solution.getOutcome() == null && solution.isAccreditationExpired(Clock.now().toLocalDate());
    }

    public boolean isMayRequest() {
        return user.isSignedIn() && user.isInRole("DEPARTMENT");
    }

    public boolean isMayReview() {
        return mayReview;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Solution getSolution() {
        return solution;
    }

    public List<Organisation> getUsedBy() {
        return usedBy;
    }

    public List<SolutionReview> getReviews() {
        return reviews;
    }

    public Rating getRating() {
        return rating;
    }

    public boolean isTrained() {
        return trained;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Integer getUsers() {
        return users;
    }

    public void setUsers(Integer users) {
        this.users = users;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
