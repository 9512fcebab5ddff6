package org.govtechhub.procurement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** What a department types for an opportunity: the form's fields, checked by {@link Tender#describe}. */
public class TenderDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private BigDecimal budget;
    private String currency = "EUR";
    /** UTC. */
    private LocalDateTime deadline;
    private Procedure procedure;
    private Category category;
    private Long challengeId;

    public TenderDetails() {
    }

    public TenderDetails(String title, String description, BigDecimal budget, String currency, LocalDateTime deadline,
                         Procedure procedure, Category category) {
        this.title = title;
        this.description = description;
        this.budget = budget;
        this.currency = currency;
        this.deadline = deadline;
        this.procedure = procedure;
        this.category = category;
    }

    /** The same, linked to one of the department's challenges. */
    public TenderDetails forChallenge(Long id) {
        challengeId = id;
        return this;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public void setProcedure(Procedure procedure) {
        this.procedure = procedure;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public void setChallengeId(Long challengeId) {
        this.challengeId = challengeId;
    }
}
