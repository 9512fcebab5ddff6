package org.govtechhub.incubator;

import org.govtechhub.evaluation.RoundCriterion;

import java.util.Arrays;
import java.util.List;

/**
 * What an expert scores a project on, 1..5 each with a comment: the five criteria of the virtual incubator's
 * evaluations, weighted equally. Stored as a round's criteria in the evaluation context, by their names.
 */
public enum ReviewCriterion {
    SOCIAL_VALUE, FEASIBILITY_AND_TECHNOLOGY, BUSINESS_MODEL, REPLICABILITY, TEAM;

    /** The lowest and highest score of a criterion. */
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    /** The longest comment kept for one criterion. */
    public static final int COMMENT_LENGTH = 2000;

    /** The round's criteria: every one weighs a fifth. */
    public static List<RoundCriterion> roundCriteria() {
        int weight = 100 / values().length;
        return Arrays.stream(values()).map(c -> new RoundCriterion(c.name(), c.name(), weight)).toList();
    }
}
