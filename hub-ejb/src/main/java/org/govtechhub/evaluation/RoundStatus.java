package org.govtechhub.evaluation;

/** A round is set up (criteria, entries, jurors may change), then scored (its entries are frozen), then closed. */
public enum RoundStatus {
    SETUP, SCORING, CLOSED
}
