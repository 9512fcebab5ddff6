package org.govtechhub.incubator;

/** A post is drafted, then published; a program manager may take it back to draft and publish it again. */
public enum PostStatus {
    DRAFT, PUBLISHED
}
