package org.govtechhub.procurement;

/** A draft is the department's alone; a published opportunity is public and takes bids until its deadline. */
public enum TenderStatus {
    DRAFT, PUBLISHED
}
