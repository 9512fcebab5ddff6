package org.govtechhub.evaluation;

/**
 * The rules that order a ranking, in the order they are tried; {@link RankedEntry#tieBreakWithNext()} names
 * the first rule that separated an entry from the one ranked just below it, so a results page can explain it.
 */
public enum TieBreak {
    /** Higher normalised score (mean of the jurors' z-scores, rounded to 9 decimals). */
    NORMALISED_SCORE("higher normalised score"),
    /** Higher median of the jurors' raw weighted totals. */
    RAW_MEDIAN("higher median of the jurors' weighted totals"),
    /** More jurors' weighted totals of 9.0 or more. */
    TOP_SCORES("more top scores (weighted totals of 9.0 or more)"),
    /** The order the chair recorded; an entry the chair named goes before one they did not name. */
    CHAIR_DECISION("the chair's recorded decision"),
    /** Lower entry id: nothing else separated them, so the order is still deterministic. */
    ENTRY_ID("lower entry id (no other rule separated them)"),
    /** The last entry of the ranking: there is no next entry to separate it from. */
    NONE("last in the ranking");

    private final String explanation;

    TieBreak(String explanation) {
        this.explanation = explanation;
    }

    /** A short English explanation for a results page, e.g. "higher median of the jurors' weighted totals". */
    public String explanation() {
        return explanation;
    }
}
