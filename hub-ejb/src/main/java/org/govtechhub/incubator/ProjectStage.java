package org.govtechhub.incubator;

/** How far a project has come: an idea, a minimum viable product, a pilot with real users, or scaling to more places. */
public enum ProjectStage {
    IDEA, MVP, PILOT, SCALING
}
