package org.govtechhub.mentoring;

/** Why a startup did not get the mentor it scores best with; the web layer translates the constant. */
public enum MissReason {
    /** The highest-scoring mentor overall is forbidden for this startup (conflict of interest). */
    CONFLICT_OF_INTEREST,
    /** The best allowed mentor's capacity is used up by the startups listed as holders. */
    MENTOR_FULL,
    /** The best allowed mentor had no remaining capacity to begin with. */
    MENTOR_WITHOUT_CAPACITY,
    /** The startup's pins already take all the mentors it wants. */
    WANT_FILLED_BY_PINS,
    /** The startup got a mentor with the same score instead (ties go to the lower position). */
    EQUAL_SCORE_CHOSEN,
    /** Every mentor is forbidden for this startup. */
    NO_ALLOWED_MENTOR
}
