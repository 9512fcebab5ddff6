package org.govtechhub.cohort;

/** What a programme runs: an accelerator, a startup-in-residence programme, or government mentoring. */
public enum ProgrammeKind {
    ACCELERATOR, STARTUP_IN_RESIDENCE, GOVERNMENT_MENTORING
}
