package org.govtechhub.incubator;

/**
 * Where a review stands: the expert was invited, keeps a draft, submitted it (the managers see it), a manager released
 * it (the public sees it); or the expert stepped back from the project (a conflict of interest).
 */
public enum ReviewStatus {
    INVITED, DRAFT, SUBMITTED, RELEASED, RECUSED
}
