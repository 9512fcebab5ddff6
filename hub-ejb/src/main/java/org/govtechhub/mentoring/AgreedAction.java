package org.govtechhub.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;

/** Something agreed at a session: what, who does it, by when. */
@Embeddable
public class AgreedAction implements Serializable {

    private static final long serialVersionUID = 1L;

    private String description;

    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    protected AgreedAction() {
    }

    public AgreedAction(String description, String owner, LocalDate dueOn) {
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
