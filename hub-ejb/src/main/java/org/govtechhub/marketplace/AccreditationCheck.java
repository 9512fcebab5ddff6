package org.govtechhub.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/** One ticked criterion of an accreditation, with the manager's note on how it was checked. */
@Embeddable
public class AccreditationCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    private AccreditationCriterion criterion;

    @Column(name = "note")
    private String note;

    protected AccreditationCheck() {
    }

    public AccreditationCheck(AccreditationCriterion criterion, String note) {
        this.criterion = Objects.requireNonNull(criterion);
        this.note = note;
    }

    public AccreditationCriterion getCriterion() {
        return criterion;
    }

    public String getNote() {
        return note;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccreditationCheck c && c.criterion == criterion && Objects.equals(c.note, note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterion, note);
    }
}
