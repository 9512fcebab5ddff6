package org.govtechhub.mentoring;

import java.util.List;

/**
 * The optimal matching of a {@link MatchingProblem}: the assigned pairs (pins included), the two objective
 * values, explanations for startups that missed their best mentor, and the dual potentials that prove optimality.
 */
public final class MatchingResult {

    private final MatchingProblem problem;
    private final List<Assignment> assignments;
    private final List<Explanation> explanations;
    private final Duals duals;
    private final int phases;

    MatchingResult(MatchingProblem problem, List<Assignment> assignments, List<Explanation> explanations,
                   Duals duals, int phases) {
        this.problem = problem;
        this.assignments = List.copyOf(assignments);
        this.explanations = List.copyOf(explanations);
        this.duals = duals;
        this.phases = phases;
    }

    /** @return the problem this result solves */
    public MatchingProblem problem() {
        return problem;
    }

    /** @return every matched pair, pins included, ordered by startup then mentor */
    public List<Assignment> assignments() {
        return assignments;
    }

    /** @return the first objective: how many (startup, mentor) slots are filled, pins included */
    public int assignedSlots() {
        return assignments.size();
    }

    /** @return the second objective: the sum of the scores of all matched pairs, pins included */
    public long totalScore() {
        long total = 0;
        for (Assignment a : assignments) {
            total += a.score();
        }
        return total;
    }

    /** @return mentor positions matched to the startup, ascending */
    public int[] mentorsOf(int startup) {
        return assignments.stream().filter(a -> a.startup() == startup).mapToInt(Assignment::mentor).toArray();
    }

    /** @return for each startup that missed its best-scoring mentor, why; ordered by startup */
    public List<Explanation> explanations() {
        return explanations;
    }

    /** @return the dual potentials certifying optimality */
    public Duals duals() {
        return duals;
    }

    /** @return how many shortest-path phases the solver ran (a work measure, for benchmarks) */
    public int phases() {
        return phases;
    }

    /** @return an independent check of feasibility and optimality, see {@link OptimalityCertificate} */
    public OptimalityCertificate certificate() {
        return OptimalityCertificate.check(problem, assignments, duals);
    }

    /** @return whether {@link #certificate()} holds */
    public boolean certifyOptimal() {
        return certificate().holds();
    }
}
