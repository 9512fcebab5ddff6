package org.govtechhub.incubator;

/** Draft → submitted → published, or returned with a reason (from submitted, or taken out of the catalogue) and submitted again. */
public enum ProjectStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED
}
