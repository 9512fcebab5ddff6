package org.govtechhub.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** A juror's score (1..10) for one criterion, with the comment that extreme scores need. */
@Embeddable
public class CriterionScore implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String criterion;

    private int score;

    private String comment;

    protected CriterionScore() {
    }

    public CriterionScore(String criterion, int score, String comment) {
        this.criterion = criterion;
        this.score = score;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public String getCriterion() {
        return criterion;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
