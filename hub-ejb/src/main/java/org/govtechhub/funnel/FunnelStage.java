package org.govtechhub.funnel;

/** The stages of the innovation funnel, in order: an initiative only moves forward. */
public enum FunnelStage {
    IDEA, CHALLENGE, APPLICATION, PILOT, CONTRACT, ADOPTION;

    public boolean isBefore(FunnelStage other) {
        return ordinal() < other.ordinal();
    }
}
