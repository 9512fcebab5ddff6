package org.govtechhub.mentoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out, for a finished matching, why each startup missed the mentor it scores best with. The reasons
 * follow from optimality: a best allowed mentor with spare room can only be missed for a tie.
 */
final class Explainer {

    private static final int NONE = -1;

    private final MatchingProblem problem;
    private final List<Assignment> assignments;
    private final List<List<Integer>> holders = new ArrayList<>();
    private final int[] pinsOfStartup;

    Explainer(MatchingProblem problem, List<Assignment> assignments) {
        this.problem = problem;
        this.assignments = assignments;
        this.pinsOfStartup = new int[problem.startupCount()];
        for (int m = 0; m < problem.mentorCount(); m++) {
            holders.add(new ArrayList<>());
        }
        for (Assignment a : assignments) {
            holders.get(a.mentor()).add(a.startup());
            if (a.pinned()) {
                pinsOfStartup[a.startup()]++;
            }
        }
    }

    /** @return explanations ordered by startup; assignments must be ordered by startup */
    List<Explanation> explain() {
        List<Explanation> result = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < problem.startupCount(); s++) {
            int from = next;
            while (next < assignments.size() && assignments.get(next).startup() == s) {
                next++;
            }
            if (problem.want(s) > 0) {
                explainStartup(s, assignments.subList(from, next), result);
            }
        }
        return result;
    }

    private void explainStartup(int s, List<Assignment> mine, List<Explanation> out) {
        int bestOverall = best(s, false);
        int bestAllowed = best(s, true);
        if (bestOverall != NONE && problem.isForbidden(s, bestOverall)
                && (bestAllowed == NONE || problem.score(s, bestOverall) > problem.score(s, bestAllowed))) {
            out.add(new Explanation(s, bestOverall, problem.score(s, bestOverall), MissReason.CONFLICT_OF_INTEREST,
                    List.of()));
        }
        if (bestAllowed == NONE) {
            out.add(new Explanation(s, NONE, 0, MissReason.NO_ALLOWED_MENTOR, List.of()));
        } else if (mine.stream().noneMatch(a -> a.mentor() == bestAllowed)) {
            out.add(missed(s, bestAllowed));
        }
    }

    /** @return the highest-scoring mentor (lowest position on ties), optionally skipping forbidden ones */
    private int best(int s, boolean allowedOnly) {
        int best = NONE;
        for (int m = 0; m < problem.mentorCount(); m++) {
            if ((!allowedOnly || !problem.isForbidden(s, m))
                    && (best == NONE || problem.score(s, m) > problem.score(s, best))) {
                best = m;
            }
        }
        return best;
    }

    private Explanation missed(int s, int m) {
        int score = problem.score(s, m);
        if (pinsOfStartup[s] >= problem.want(s)) {
            return new Explanation(s, m, score, MissReason.WANT_FILLED_BY_PINS, List.of());
        }
        if (problem.capacity(m) == 0) {
            return new Explanation(s, m, score, MissReason.MENTOR_WITHOUT_CAPACITY, List.of());
        }
        if (holders.get(m).size() >= problem.capacity(m)) {
            return new Explanation(s, m, score, MissReason.MENTOR_FULL, holders.get(m));
        }
        return new Explanation(s, m, score, MissReason.EQUAL_SCORE_CHOSEN, List.of());
    }
}
