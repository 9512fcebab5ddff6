package org.govtechhub.incubator;

/** A draft is the managers' own; once published, the event is public and takes registrations until it starts. */
public enum EventStatus {
    DRAFT, PUBLISHED
}
