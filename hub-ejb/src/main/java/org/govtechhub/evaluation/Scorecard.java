package org.govtechhub.evaluation;

import java.util.Map;

/**
 * What one juror gave one entry: a score of 1..10 per criterion code and a comment per criterion
 * (required for 1, 2, 9 and 10, see {@link ScoreAggregator#commentRequired(int)}). A recused scorecard
 * counts for nothing: its scores, if any, are ignored by every computation.
 * {@link ScoreAggregator#validate(Scorecard)} checks a scorecard against the round's criteria.
 *
 * @param entryId  the entry scored
 * @param jurorId  the juror who scored it
 * @param recused  whether the juror recused themself from this entry
 * @param scores   criterion code to score
 * @param comments criterion code to comment
 */
public record Scorecard(long entryId, long jurorId, boolean recused, Map<String, Integer> scores, Map<String, String> comments) {

    /** Copies the maps (no null keys or values); null maps are read as empty. */
    public Scorecard {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        comments = comments == null ? Map.of() : Map.copyOf(comments);
    }

    /** A scorecard the juror filled in. */
    public static Scorecard of(long entryId, long jurorId, Map<String, Integer> scores, Map<String, String> comments) {
        return new Scorecard(entryId, jurorId, false, scores, comments);
    }

    /** The juror recused themself from the entry: nothing they gave it counts. */
    public static Scorecard recusal(long entryId, long jurorId) {
        return new Scorecard(entryId, jurorId, true, Map.of(), Map.of());
    }
}
