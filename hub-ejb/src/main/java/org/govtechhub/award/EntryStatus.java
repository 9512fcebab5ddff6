package org.govtechhub.award;

/** An entry is drafted, submitted before the deadline, or withdrawn by its entrant. */
public enum EntryStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}
