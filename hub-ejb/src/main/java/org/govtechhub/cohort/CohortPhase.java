package org.govtechhub.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.time.LocalDate;

/** One dated phase of a cohort, both days included; team phases may limit the teams per challenge. */
@Embeddable
public class CohortPhase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PhaseKind kind;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "teams_per_challenge")
    private Integer teamsPerChallenge;

    protected CohortPhase() {
    }

    public CohortPhase(PhaseKind kind, LocalDate startsOn, LocalDate endsOn, Integer teamsPerChallenge) {
        this.kind = kind;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.teamsPerChallenge = teamsPerChallenge;
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public PhaseKind getKind() {
        return kind;
    }

    public void setKind(PhaseKind kind) {
        this.kind = kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getTeamsPerChallenge() {
        return teamsPerChallenge;
    }

    public void setTeamsPerChallenge(Integer teamsPerChallenge) {
        this.teamsPerChallenge = teamsPerChallenge;
    }
}
