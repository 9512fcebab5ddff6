package org.govtechhub.mentoring;

import java.util.List;

/**
 * An independent proof that a matching is feasible and lexicographically optimal, recomputed from the problem,
 * the assignments and the dual potentials only (none of the solver's internal state).
 *
 * <p>With pins fixed, the rest is a flow in the network described at {@link MentorMatcher}. The flow is
 * <ul>
 *   <li><b>feasible</b> if no pair is forbidden or repeated, scores and pin flags match the problem, every pin is
 *       present, no startup exceeds its want and no mentor its capacity (conservation then holds by
 *       construction: each assigned pair carries one unit from its mentor to its startup);</li>
 *   <li><b>maximum</b> (most slots) if the sink is unreachable from the source in the residual graph;</li>
 *   <li><b>cheapest</b> among flows of that value (highest score) if every residual arc has a non-negative
 *       reduced cost under the potentials &mdash; the linear-programming complementary-slackness condition.</li>
 * </ul>
 *
 * @param feasible                the matching respects every constraint
 * @param noAugmentingPath        no residual source&rarr;sink path: the slot count is maximum
 * @param reducedCostsNonNegative the potentials prove the score is maximum for that slot count
 * @param slots                   recomputed number of assigned slots
 * @param score                   recomputed total score
 */
public record OptimalityCertificate(boolean feasible, boolean noAugmentingPath, boolean reducedCostsNonNegative,
                                    int slots, long score) {

    /** @return whether the matching is proven feasible and optimal */
    public boolean holds() {
        return feasible && noAugmentingPath && reducedCostsNonNegative;
    }

    /**
     * Checks a matching against a problem.
     *
     * @param problem     the instance
     * @param assignments the matched pairs, pins included
     * @param duals       potentials of the startup, mentor and sink nodes (source 0)
     * @return the verdict
     */
    public static OptimalityCertificate check(MatchingProblem problem, List<Assignment> assignments, Duals duals) {
        Residual residual = Residual.of(problem, assignments);
        long score = assignments.stream().mapToLong(a -> problem.score(a.startup(), a.mentor())).sum();
        if (residual == null) {
            return new OptimalityCertificate(false, false, false, assignments.size(), score);
        }
        return new OptimalityCertificate(true, !residual.sinkReachable(), residual.reducedCostsNonNegative(duals),
                assignments.size(), score);
    }
}
