/**
 * Jury scoring shared by the awards and the cohorts' pitch days: weighted criteria, per-juror normalisation,
 * rankings with a documented tie-break chain.
 *
 * <p>Plain Java, no container: {@link org.govtechhub.evaluation.ScoreAggregator} turns the jurors'
 * {@link org.govtechhub.evaluation.Scorecard}s, scored against the round's
 * {@link org.govtechhub.evaluation.Criterion} weights, into {@link org.govtechhub.evaluation.RankedEntry}s,
 * each recording which {@link org.govtechhub.evaluation.TieBreak} rule separated it from the next entry.
 */
package org.govtechhub.evaluation;
