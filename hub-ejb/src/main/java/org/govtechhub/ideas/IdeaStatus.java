package org.govtechhub.ideas;

/** Where an idea stands in moderation: published (visible), hidden by a moderator, or merged into another idea. */
public enum IdeaStatus {
    PUBLISHED, HIDDEN, MERGED
}
