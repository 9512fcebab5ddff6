package org.govtechhub.evaluation;

/**
 * One criterion of a round and its weight, e.g. {@code impact} 40. A round's weights are positive integers
 * summing to 100 (percentages); {@link ScoreAggregator} checks the sum.
 *
 * @param code   the key under which scorecards hold this criterion's score, e.g. {@code "impact"}
 * @param weight the weight, a positive integer (a percentage of the round's 100)
 */
public record Criterion(String code, int weight) {

    /** Refuses a blank code and a weight that is not positive. */
    public Criterion {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A criterion needs a non-blank code");
        }
        if (weight <= 0) {
            throw new IllegalArgumentException("The weight of criterion '" + code + "' must be a positive integer, got " + weight);
        }
    }
}
