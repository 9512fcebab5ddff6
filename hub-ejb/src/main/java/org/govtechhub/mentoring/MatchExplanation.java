package org.govtechhub.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;

/** Why a startup did not get the mentor it scores best with (names of the holders when the mentor is full). */
@Embeddable
public class MatchExplanation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "startup_id")
    private Long startupId;

    @Column(name = "mentor_id")
    private Long mentorId;

    private int score;

    @Enumerated(EnumType.STRING)
    private MissReason reason;

    private String holders;

    protected MatchExplanation() {
    }

    public MatchExplanation(Long startupId, Long mentorId, int score, MissReason reason, String holders) {
        this.startupId = startupId;
        this.mentorId = mentorId;
        this.score = score;
        this.reason = reason;
        this.holders = holders;
    }

    public Long getStartupId() {
        return startupId;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public int getScore() {
        return score;
    }

    public MissReason getReason() {
        return reason;
    }

    public String getHolders() {
        return holders;
    }
}
