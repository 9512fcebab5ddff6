package org.govtechhub.evaluation;

/**
 * How one juror scored, over the entries they scored without recusal: the mean and the population
 * standard deviation of their weighted totals (both on the raw 1..10 scale).
 *
 * @param jurorId the juror
 * @param count   the number of entries counted (recusals excluded)
 * @param mean    the mean of the juror's weighted totals
 * @param sigma   the population standard deviation of those totals; 0 means the juror's z-scores are all 0
 */
public record JurorStatistics(long jurorId, int count, double mean, double sigma) {
}
