package org.govtechhub.incubator;

/** An expert's overall advice on a project, given with every review. */
public enum Recommendation {
    SUPPORT, SUPPORT_WITH_CHANGES, NOT_YET
}
