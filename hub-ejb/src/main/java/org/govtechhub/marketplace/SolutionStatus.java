package org.govtechhub.marketplace;

/** A solution's listing: the startup's draft, submitted to the program managers, published in the marketplace. */
public enum SolutionStatus {
    DRAFT, SUBMITTED, PUBLISHED
}
