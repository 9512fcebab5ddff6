package org.govtechhub.incubator;

/** How far a region has come in adopting a project. */
public enum AdoptionStatus {
    PLANNED, PILOTING, RUNNING, STOPPED;

    /** Whether the project runs in the region (its own regions count as running too). */
    public boolean isRunning() {
        return this == RUNNING;
    }
}
