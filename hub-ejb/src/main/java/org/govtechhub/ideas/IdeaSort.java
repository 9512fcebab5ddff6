package org.govtechhub.ideas;

/** How the public list is sorted: the most supported first, or the newest first. */
public enum IdeaSort {
    SUPPORTERS, NEWEST
}
