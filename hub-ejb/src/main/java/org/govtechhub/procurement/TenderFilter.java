package org.govtechhub.procurement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a startup narrows the open opportunities by; every field is optional. */
public class TenderFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Category category;
    private Procedure procedure;
    private BigDecimal minBudget;
    private BigDecimal maxBudget;
    /** Deadline on or before this day (UTC). */
    private LocalDate deadlineBy;

    public Category getCategory() {
        return category;
    }

    public TenderFilter category(Category value) {
        category = value;
        return this;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public void setProcedure(Procedure procedure) {
        this.procedure = procedure;
    }

    public BigDecimal getMinBudget() {
        return minBudget;
    }

    public void setMinBudget(BigDecimal minBudget) {
        this.minBudget = minBudget;
    }

    public BigDecimal getMaxBudget() {
        return maxBudget;
    }

    public void setMaxBudget(BigDecimal maxBudget) {
        this.maxBudget = maxBudget;
    }

    public LocalDate getDeadlineBy() {
        return deadlineBy;
    }

    public void setDeadlineBy(LocalDate deadlineBy) {
        this.deadlineBy = deadlineBy;
    }
}
