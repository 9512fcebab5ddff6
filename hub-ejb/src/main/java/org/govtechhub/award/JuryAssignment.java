package org.govtechhub.award;

import org.govtechhub.mentoring.MatchingProblem;
import org.govtechhub.mentoring.MatchingResult;
import org.govtechhub.mentoring.MentorMatcher;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * The jury assignment as plain Java, on the mentoring context's exact solver: entry {@code e} wants {@code want[e]}
 * distinct jurors, no juror takes more than the limit, forbidden (conflicted) pairs never meet. Load balancing:
 * the per-juror capacity starts at {@code ceil(Σ want / jurors)} (the least any assignment can need) and grows
 * only while some wanted slot stays empty, up to the limit; at the first capacity that serves every slot (or at
 * the limit), the solver's optimum maximises total affinity. So the busiest juror has as few entries as
 * possible, and within that the expertise fits best.
 */
public final class JuryAssignment {

    private JuryAssignment() {
    }

    /** The optimal assignment and the per-juror capacity it needed. */
    public record Result(MatchingResult matching, int capacity, int wanted) {

        public boolean servesEveryEntry() {
            return matching.assignedSlots() == wanted;
        }
    }

    /**
     * @param want      jurors wanted per entry (0..{@value MatchingProblem#MAX_WANT})
     * @param jurors    the number of jurors (at least 1)
     * @param limit     the most entries one juror may take
     * @param forbidden {@code forbidden[e][j]}: juror j has a conflict with entry e
     * @param affinity  entry × juror → affinity 0..100
     */
    public static Result solve(int[] want, int jurors, int limit, boolean[][] forbidden, IntBinaryOperator affinity) {
        int wanted = Arrays.stream(want).sum();
        int capacity = Math.max(1, Math.min(limit, (wanted + jurors - 1) / jurors));
        while (true) {
            MatchingResult result = solveWith(capacity, want, jurors, forbidden, affinity);
            if (result.assignedSlots() == wanted || capacity >= limit) {
                return new Result(result, capacity, wanted);
            }
            capacity++;
        }
    }

    private static MatchingResult solveWith(int capacity, int[] want, int jurors, boolean[][] forbidden, IntBinaryOperator affinity) {
        int[] capacities = new int[jurors];
        Arrays.fill(capacities, capacity);
        MatchingProblem.Builder builder = MatchingProblem.builder(want, capacities).scores(affinity);
        for (int e = 0; e < want.length; e++) {
            for (int j = 0; j < jurors; j++) {
                if (forbidden[e][j]) {
                    builder.forbid(e, j);
                }
            }
        }
        return MentorMatcher.solve(builder.build());
    }
}
