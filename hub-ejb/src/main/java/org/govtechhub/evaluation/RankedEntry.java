package org.govtechhub.evaluation;

/**
 * One entry's place in a ranking and the figures behind it.
 *
 * @param rank             1 for the best entry; ranks are distinct
 * @param entryId          the entry
 * @param normalisedScore  the mean z rescaled to 1..10 (see {@link ScoreAggregator})
 * @param meanZ            the mean (trimmed if asked and possible) of the jurors' z-scores, rounded to 9 decimals
 * @param rawMedian        the median of the jurors' weighted totals, 1..10
 * @param topScores        how many jurors' weighted totals are 9.0 or more
 * @param jurorCount       how many jurors counted (recusals excluded, before trimming)
 * @param trimmed          whether the highest and lowest z were dropped from the mean
 * @param tieBreakWithNext the first rule that put this entry ahead of the next one; {@link TieBreak#NONE} for the last
 */
public record RankedEntry(int rank, long entryId, double normalisedScore, double meanZ, double rawMedian,
                          int topScores, int jurorCount, boolean trimmed, TieBreak tieBreakWithNext) {
}
