package org.govtechhub.evaluation;

/** Where a juror's scoresheet for one entry stands. A recused sheet counts for nothing. */
public enum SheetStatus {
    ASSIGNED, DRAFT, SUBMITTED, RECUSED
}
