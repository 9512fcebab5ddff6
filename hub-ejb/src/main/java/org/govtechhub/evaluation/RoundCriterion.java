package org.govtechhub.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** One weighted criterion of a round as stored: a short code, the name jurors see, and its weight in percent. */
@Embeddable
public class RoundCriterion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private int weight;

    protected RoundCriterion() {
    }

    public RoundCriterion(String code, String name, int weight) {
        this.code = code;
        this.name = name;
        this.weight = weight;
    }

    public Criterion criterion() {
        return new Criterion(code, weight);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }
}
