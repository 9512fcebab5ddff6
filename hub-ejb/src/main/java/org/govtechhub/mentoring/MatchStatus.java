package org.govtechhub.mentoring;

/** A proposed pair, then published to both sides, accepted or declined by the mentor; ENDED when the startup found it not a good fit. */
public enum MatchStatus {
    PROPOSED, REMOVED, PUBLISHED, ACCEPTED, DECLINED, ENDED;

    /** Holds one of the mentor's places. */
    public boolean holdsCapacity() {
        return this == PUBLISHED || this == ACCEPTED;
    }
}
