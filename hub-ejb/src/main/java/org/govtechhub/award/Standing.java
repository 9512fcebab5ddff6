package org.govtechhub.award;

import org.govtechhub.evaluation.RankedEntry;

/**
 * An entry's place in a round, within its nomination: the round's ranking (normalised score, raw median, mean z,
 * top scores, the tie-break that separates it from the next) plus the raw mean of the jurors' weighted totals,
 * and whether it is proposed (finalist after round 1, winner after round 2).
 */
public record Standing(int place, AwardEntry entry, RankedEntry ranked, double rawMean, boolean proposed) {
}
