package org.govtechhub.procurement;

/** An open lot takes bids until the deadline; a cancelled one takes none; an awarded one has its winner. */
public enum LotStatus {
    OPEN, CANCELLED, AWARDED
}
