package org.govtechhub.mentoring;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** The residual flow network of a matching with its pins removed, rebuilt from scratch for certification. */
final class Residual {

    private static final int NONE = -1;

    private final MatchingProblem problem;
    private final int nS;
    private final int nM;
    private final int[] room;
    private final int[] need;
    private final int[] used;
    private final int[] served;
    private final int[] mate;

    private Residual(MatchingProblem problem) {
        this.problem = problem;
        this.nS = problem.startupCount();
        this.nM = problem.mentorCount();
        this.room = new int[nM];
        this.need = new int[nS];
        this.used = new int[nM];
        this.served = new int[nS];
        this.mate = new int[MatchingProblem.MAX_WANT * nS];
        Arrays.fill(mate, NONE);
        for (int m = 0; m < nM; m++) {
            room[m] = problem.capacity(m);
        }
        for (int s = 0; s < nS; s++) {
            need[s] = problem.want(s);
        }
    }

    /** @return the residual network, or null if the assignments are infeasible */
    static Residual of(MatchingProblem problem, List<Assignment> assignments) {
        Residual r = new Residual(problem);
        int pinsFound = 0;
        for (Assignment a : assignments) {
            if (!r.accept(a)) {
                return null;
            }
            pinsFound += a.pinned() ? 1 : 0;
        }
        return pinsFound == problem.pins().size() && r.withinLimits() ? r : null;
    }

    private boolean accept(Assignment a) {
        int s = a.startup();
        int m = a.mentor();
        if (s < 0 || s >= nS || m < 0 || m >= nM || problem.isForbidden(s, m)
                || a.score() != problem.score(s, m) || a.pinned() != problem.isPinned(s, m)) {
            return false;
        }
        if (a.pinned()) {
            room[m]--;
            need[s]--;
            return true;
        }
        int free = NONE;
        for (int j = MatchingProblem.MAX_WANT * s; j < MatchingProblem.MAX_WANT * (s + 1); j++) {
            if (mate[j] == m) {
                return false;
            }
            free = free == NONE && mate[j] == NONE ? j : free;
        }
        if (free == NONE) {
            return false;
        }
        mate[free] = m;
        used[m]++;
        served[s]++;
        return true;
    }

    private boolean withinLimits() {
        for (int m = 0; m < nM; m++) {
            if (room[m] < 0 || used[m] > room[m]) {
                return false;
            }
        }
        for (int s = 0; s < nS; s++) {
            if (need[s] < 0 || served[s] > need[s]) {
                return false;
            }
        }
        return true;
    }

    private boolean isMate(int s, int m) {
        for (int j = MatchingProblem.MAX_WANT * s; j < MatchingProblem.MAX_WANT * (s + 1); j++) {
            if (mate[j] == m) {
                return true;
            }
        }
        return false;
    }

    private boolean hasForwardArc(int s, int m) {
        return !problem.isForbidden(s, m) && !problem.isPinned(s, m) && !isMate(s, m);
    }

    /** Breadth-first search of the residual graph from the source; true if the sink is reached. */
    boolean sinkReachable() {
        boolean[] seenS = new boolean[nS];
        boolean[] seenM = new boolean[nM];
        Deque<Integer> mentors = new ArrayDeque<>();
        for (int m = 0; m < nM; m++) {
            if (used[m] < room[m]) {
                seenM[m] = true;
                mentors.add(m);
            }
        }
        while (!mentors.isEmpty()) {
            int m = mentors.poll();
            for (int s = 0; s < nS; s++) {
                if (seenS[s] || !hasForwardArc(s, m)) {
                    continue;
                }
                if (served[s] < need[s]) {
                    return true;
                }
                seenS[s] = true;
                for (int j = MatchingProblem.MAX_WANT * s; j < MatchingProblem.MAX_WANT * (s + 1); j++) {
                    if (mate[j] != NONE && !seenM[mate[j]]) {
                        seenM[mate[j]] = true;
                        mentors.add(mate[j]);
                    }
                }
            }
        }
        return false;
    }

    /** Every residual arc {@code u -> v} with cost c must have {@code c + p(u) - p(v) >= 0}. */
    boolean reducedCostsNonNegative(Duals duals) {
        int[] ps = duals.startup();
        int[] pm = duals.mentor();
        long pt = duals.sink();
        if (ps.length != nS || pm.length != nM) {
            return false;
        }
        for (int m = 0; m < nM; m++) {
            boolean sourceArc = used[m] < room[m] && -(long) pm[m] < 0;
            boolean backToSource = used[m] > 0 && pm[m] < 0;
            if (sourceArc || backToSource) {
                return false;
            }
        }
        for (int s = 0; s < nS; s++) {
            boolean sinkArc = served[s] < need[s] && ps[s] - pt < 0;
            boolean backFromSink = served[s] > 0 && pt - ps[s] < 0;
            if (sinkArc || backFromSink || !pairArcsOk(s, ps[s], pm)) {
                return false;
            }
        }
        return true;
    }

    private boolean pairArcsOk(int s, long potential, int[] pm) {
        for (int m = 0; m < nM; m++) {
            long score = problem.score(s, m);
            if (isMate(s, m)) {
                if (score + potential - pm[m] < 0) {
                    return false;
                }
            } else if (hasForwardArc(s, m) && -score + pm[m] - potential < 0) {
                return false;
            }
        }
        return true;
    }
}
