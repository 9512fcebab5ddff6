package org.govtechhub.cohort;

/** Where a milestone of an accepted startup stands: planned, done (with evidence) or missed. */
public enum MilestoneStatus {
    PLANNED, DONE, MISSED
}
