package org.govtechhub.incubator;

/** The two formats of the incubator's events: a case-study conference in sections, or a round table. */
public enum EventKind {
    CONFERENCE, ROUND_TABLE
}
