package org.govtechhub.incubator;

/** What a change to a project was: its creation, an edit of its fields, or a moderation step. */
public enum RevisionAction {
    CREATED, EDITED, SUBMITTED, RETURNED, PUBLISHED
}
