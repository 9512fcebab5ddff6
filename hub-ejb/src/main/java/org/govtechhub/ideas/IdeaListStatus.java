package org.govtechhub.ideas;

/** The statuses the public list filters by: waiting for an answer, each answer, merged into another idea. */
public enum IdeaListStatus {
    AWAITING_ANSWER, UNDER_STUDY, PLANNED, DECLINED, DONE, MERGED
}
