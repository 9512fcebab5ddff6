package org.govtechhub.evaluation;

import org.govtechhub.mentoring.MatchingProblem;
import org.govtechhub.mentoring.MatchingResult;
import org.govtechhub.mentoring.MentorMatcher;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * The jury assignment as plain Java, on the mentoring context's exact solver: entry {@code e} wants {@code want[e]}
 * distinct jurors, no juror takes more than the limit, forbidden (conflicted) pairs never meet. Load balancing, in
 * two steps:
 * <ol>
 *   <li>The per-juror capacity starts at {@code ceil(Σ want / jurors)} (the least any assignment can need) and
 *       grows only while some wanted slot stays empty, up to the limit. So the busiest juror has as few entries as
 *       possible.</li>
 *   <li>Within that capacity the affinity optimum may still fill some jurors and leave another idle. When loads then
 *       differ by more than one, it is solved once more with each juror held to {@code floor} or {@code ceil} of
 *       {@code Σ want / jurors} (the jurors the optimum loaded most get the {@code ceil}); that assignment is kept if
 *       it still serves every slot, which it always does without conflicts.</li>
 * </ol>
 * The result is optimal (most slots, then highest total affinity) for the capacities it was solved with, and its
 * certificate says so.
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
        int[] limits = new int[jurors];
        Arrays.fill(limits, limit);
        return solve(want, limits, forbidden, affinity);
    }

    /**
     * The same with a limit per juror (the incubator's experts each say how many reviews they take): the common
     * capacity grows as above, each juror held to the smaller of it and their own limit.
     *
     * @param limits the most entries juror j may take (0 for none)
     */
    public static Result solve(int[] want, int[] limits, boolean[][] forbidden, IntBinaryOperator affinity) {
        int jurors = limits.length;
        int wanted = Arrays.stream(want).sum();
        int highest = Arrays.stream(limits).max().orElse(0);
        int capacity = Math.max(1, Math.min(highest, (wanted + jurors - 1) / Math.max(1, jurors)));
        while (true) {
            int[] capacities = new int[jurors];
            for (int j = 0; j < jurors; j++) {
                capacities[j] = Math.min(capacity, limits[j]);
            }
            MatchingResult result = solveWith(capacities, want, forbidden, affinity);
            if (result.assignedSlots() == wanted) {
                return new Result(evenedOut(result, want, limits, wanted, forbidden, affinity), capacity, wanted);
            }
            if (capacity >= highest) {
                return new Result(result, capacity, wanted);
            }
            capacity++;
        }
    }

    /** The same slots with loads differing by at most one, if conflicts allow it; otherwise the optimum as it was. */
    private static MatchingResult evenedOut(MatchingResult optimum, int[] want, int[] limits, int wanted, boolean[][] forbidden,
                                            IntBinaryOperator affinity) {
        int jurors = limits.length;
        int[] load = new int[jurors];
        optimum.assignments().forEach(a -> load[a.mentor()]++);
        if (Arrays.stream(load).max().orElse(0) - Arrays.stream(load).min().orElse(0) <= 1) {
            return optimum;
        }
        Integer[] busiestFirst = new Integer[jurors];
        Arrays.setAll(busiestFirst, j -> j);
        Arrays.sort(busiestFirst, (a, b) -> load[a] != load[b] ? Integer.compare(load[b], load[a]) : Integer.compare(a, b));
        int[] capacities = new int[jurors];
        for (int k = 0; k < jurors; k++) {
            capacities[busiestFirst[k]] = Math.min(limits[busiestFirst[k]], wanted / jurors + (k < wanted % jurors ? 1 : 0));
        }
        MatchingResult even = solveWith(capacities, want, forbidden, affinity);
        return even.assignedSlots() == wanted ? even : optimum;
    }

    private static MatchingResult solveWith(int[] capacities, int[] want, boolean[][] forbidden, IntBinaryOperator affinity) {
        int jurors = capacities.length;
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
