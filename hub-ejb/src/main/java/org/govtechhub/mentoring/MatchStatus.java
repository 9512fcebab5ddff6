package org.govtechhub.mentoring;

/** A proposed pair, then published to both sides, then accepted or declined by the mentor. */
public enum MatchStatus {
    PROPOSED, REMOVED, PUBLISHED, ACCEPTED, DECLINED;

    /** Holds one of the mentor's places. */
    public boolean holdsCapacity() {
        return this == PUBLISHED || this == ACCEPTED;
    }
}
