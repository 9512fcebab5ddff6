package org.govtechhub.cohort;

/** How far a startup's solution got with government: an idea, an MVP, a pilot, adoption and scaling. Only forward. */
public enum InnovationStage {
    IDEA, MVP, PILOT, ADOPTION_AND_SCALING
}
