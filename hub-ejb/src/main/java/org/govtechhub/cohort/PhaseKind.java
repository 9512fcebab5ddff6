package org.govtechhub.cohort;

/** The phases of a cohort, in their usual order (CivTech, Startup in Residence, Telangana). */
public enum PhaseKind {
    CALL_FOR_CHALLENGES, APPLICATIONS, SCREENING, PITCH_DAY, PRE_ACCELERATOR, ACCELERATOR, DEMO_DAY, POST_ACCELERATOR;

    /** Phases in which teams work on challenges, with a limit of teams per challenge. */
    public boolean hasTeams() {
        return this == PRE_ACCELERATOR || this == ACCELERATOR;
    }
}
