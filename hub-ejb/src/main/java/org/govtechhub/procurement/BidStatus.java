package org.govtechhub.procurement;

/** A submitted bid counts; a withdrawn one does not, and may be submitted again before the deadline. */
public enum BidStatus {
    SUBMITTED, WITHDRAWN
}
