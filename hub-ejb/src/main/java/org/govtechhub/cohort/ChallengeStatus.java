package org.govtechhub.cohort;

/** A department drafts a challenge, submits it; the program manager approves or returns it; approved ones are published. */
public enum ChallengeStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED
}
