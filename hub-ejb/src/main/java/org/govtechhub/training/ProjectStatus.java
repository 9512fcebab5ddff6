package org.govtechhub.training;

/** A practice project (an improvement implemented at work) as the instructor judged it. */
public enum ProjectStatus {
    SUBMITTED, ACCEPTED, RETURNED
}
