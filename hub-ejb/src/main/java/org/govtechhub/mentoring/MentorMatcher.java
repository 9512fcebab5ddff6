package org.govtechhub.mentoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Exact, deterministic mentor&harr;startup matching.
 *
 * <h2>Objective</h2>
 * Lexicographic: first maximise the number of assigned (startup, mentor) <em>slots</em> &mdash; a startup that
 * wants two mentors and gets one counts 1, not 0 &mdash; then maximise the total score. Counting per slot (not
 * "startups fully served", which is all-or-nothing and not a flow objective) makes the problem a minimum-cost
 * maximum flow: source &rarr; mentor (capacity = remaining capacity), mentor &rarr; startup (capacity 1, so a
 * startup never gets the same mentor twice; cost &minus;score; forbidden pairs have no arc), startup &rarr; sink
 * (capacity = want). A maximum flow maximises slots; among maximum flows the cheapest maximises the score.
 * Pinned pairs are taken out first (they reduce the startup's want and the mentor's capacity and their arc is
 * removed) and added back to the result, so the result is optimal among all assignments that keep the pins.
 *
 * <h2>Algorithm</h2>
 * Primal-dual successive shortest paths with node potentials: each phase runs one Dijkstra on reduced costs
 * (non-negative thanks to the potentials), updates the potentials, then augments along as many zero-reduced-cost
 * paths as a depth-first search with current-arc pointers finds. The complete bipartite graph is never built:
 * scores are a byte matrix, and the flow into a startup (at most {@value MatchingProblem#MAX_WANT} mentors) is a
 * fixed-width row of mentor slots, as wide as the largest want left after pins in the instance. Mentors with spare
 * room all keep potential 0 (= the source), so their contribution to a startup is its best free mentor, kept per
 * startup as a pointer into its mentors sorted by score; only saturated mentors reached through the current
 * matching are scanned.
 * Everything is single-threaded and scans in index order, so the same input always gives the same output.
 * The potentials are returned in the result, and {@link OptimalityCertificate} re-checks optimality from them.
 *
 * <p>Not thread-safe; one instance solves one problem. Use {@link #solve(MatchingProblem)}.
 */
public final class MentorMatcher {

    private static final int INF = Integer.MAX_VALUE;
    private static final int NONE = -1;
    private static final byte BLOCKED = -1;

    private final MatchingProblem problem;
    private final int nS;
    private final int nM;
    /** Mentor-major scores ({@code m * nS + s}); {@link #BLOCKED} for forbidden and pinned pairs. */
    private final byte[] columns;
    private final int[] room;
    private final int[] need;
    private final int[] used;
    private final int[] served;
    /**
     * {@link #width} mentor slots per startup ({@code mate[width * s + j]}), {@link #NONE} when empty; pins are not
     * in here. Filled slots always come first: a startup's slots are only ever filled or swapped, never emptied.
     */
    private final int[] mate;
    /** Slots per startup: the largest want left after pins, 0..{@value MatchingProblem#MAX_WANT}. */
    private final int width;
    private final int[] piS;
    private final int[] piM;
    private int piT;
    /** Per startup (stride nM): its allowed mentors with room, best score first, ties by position. */
    private final char[] order;
    private final int[] orderEnd;
    private final int[] orderPtr;
    private final int[] distS;
    private final int[] distM;
    private int distT;
    private final LongHeap heap = new LongHeap();
    private final int[] curS;
    private final int[] curM;
    private final int[] pathS;
    private final int[] pathM;
    private final boolean[] deadS;
    private final boolean[] deadM;
    private final boolean[] onPathS;
    private final boolean[] onPathM;
    private int phases;

    private MentorMatcher(MatchingProblem problem) {
        this.problem = problem;
        this.nS = problem.startupCount();
        this.nM = problem.mentorCount();
        this.room = new int[nM];
        this.need = new int[nS];
        this.used = new int[nM];
        this.served = new int[nS];
        this.piS = new int[nS];
        this.piM = new int[nM];
        this.order = new char[nS * nM];
        this.orderEnd = new int[nS];
        this.orderPtr = new int[nS];
        this.distS = new int[nS];
        this.distM = new int[nM];
        this.curS = new int[nS];
        this.curM = new int[nM];
        this.pathS = new int[nS + 1];
        this.pathM = new int[nS + 1];
        this.deadS = new boolean[nS];
        this.deadM = new boolean[nM];
        this.onPathS = new boolean[nS];
        this.onPathM = new boolean[nM];
        initialiseRoom();
        this.width = Arrays.stream(need).max().orElse(0);
        this.mate = new int[width * nS];
        Arrays.fill(mate, NONE);
        this.columns = transposeScores();
        initialiseOrdersAndPotentials();
    }

    /**
     * Computes the lexicographically optimal matching (most slots, then highest total score).
     *
     * @param problem a validated instance
     * @return the optimal matching, with explanations and the dual potentials that certify it
     */
    public static MatchingResult solve(MatchingProblem problem) {
        return new MentorMatcher(problem).run();
    }

    private MatchingResult run() {
        for (int d = shortestPaths(); d != NONE; d = shortestPaths()) {
            updatePotentials(d);
            phases++;
            if (augmentPhase() == 0) {
                throw new IllegalStateException("no augmenting path along a shortest path; phase " + phases);
            }
        }
        List<Assignment> assignments = assignments();
        List<Explanation> explanations = new Explainer(problem, assignments).explain();
        return new MatchingResult(problem, assignments, explanations, new Duals(piS, piM, piT), phases);
    }

    // ---------------------------------------------------------------- set-up

    private void initialiseRoom() {
        for (int m = 0; m < nM; m++) {
            room[m] = problem.capacity(m);
        }
        for (int s = 0; s < nS; s++) {
            need[s] = problem.want(s);
        }
        for (Pair pin : problem.pins()) {
            room[pin.mentor()]--;
            need[pin.startup()]--;
        }
    }

    /** Mentor-major copy of the scores, blocked pairs marked; tiled to stay cache-friendly. */
    private byte[] transposeScores() {
        byte[] rows = problem.scoreRows();
        long[] forbidden = problem.forbiddenBits();
        long[] pinned = problem.pinnedBits();
        byte[] cols = new byte[nS * nM];
        final int tile = 64;
        for (int s0 = 0; s0 < nS; s0 += tile) {
            for (int m0 = 0; m0 < nM; m0 += tile) {
                int sEnd = Math.min(nS, s0 + tile);
                int mEnd = Math.min(nM, m0 + tile);
                for (int s = s0; s < sEnd; s++) {
                    int rowBase = s * nM;
                    for (int m = m0; m < mEnd; m++) {
                        int bit = rowBase + m;
                        boolean blocked = ((forbidden[bit >>> 6] | pinned[bit >>> 6]) & (1L << bit)) != 0;
                        cols[m * nS + s] = blocked ? BLOCKED : rows[bit];
                    }
                }
            }
        }
        return cols;
    }

    /**
     * Sorts each startup's usable mentors by score (counting sort, ties by position) and sets feasible starting
     * potentials: mentors and source 0, startup {@code -max allowed score}, sink the minimum of those.
     */
    private void initialiseOrdersAndPotentials() {
        byte[] rows = problem.scoreRows();
        long[] forbidden = problem.forbiddenBits();
        long[] pinned = problem.pinnedBits();
        int[] start = new int[MatchingProblem.MAX_SCORE + 2];
        int sink = 0;
        for (int s = 0; s < nS; s++) {
            Arrays.fill(start, 0);
            int rowBase = s * nM;
            int best = 0;
            for (int m = 0; m < nM; m++) {
                int bit = rowBase + m;
                if (((forbidden[bit >>> 6] | pinned[bit >>> 6]) & (1L << bit)) == 0) {
                    int score = rows[bit];
                    best = Math.max(best, score);
                    if (room[m] > 0) {
                        start[MatchingProblem.MAX_SCORE - score + 1]++;
                    }
                }
            }
            piS[s] = -best;
            sink = Math.min(sink, -best);
            if (need[s] > 0) {
                fillOrder(s, rows, forbidden, pinned, start);
            }
        }
        piT = sink;
    }

    private void fillOrder(int s, byte[] rows, long[] forbidden, long[] pinned, int[] start) {
        for (int i = 1; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        int rowBase = s * nM;
        orderEnd[s] = rowBase + start[start.length - 1];
        orderPtr[s] = rowBase;
        for (int m = 0; m < nM; m++) {
            int bit = rowBase + m;
            if (room[m] > 0 && ((forbidden[bit >>> 6] | pinned[bit >>> 6]) & (1L << bit)) == 0) {
                order[rowBase + start[MatchingProblem.MAX_SCORE - rows[bit]]++] = (char) m;
            }
        }
    }

    // ---------------------------------------------------------------- shortest paths

    /** @return the reduced distance from the source to the sink, or {@link #NONE} if the flow is maximum */
    private int shortestPaths() {
        Arrays.fill(distS, INF);
        Arrays.fill(distM, INF);
        distT = INF;
        heap.clear();
        for (int m = 0; m < nM; m++) {
            if (isFree(m)) {
                distM[m] = 0;
            }
        }
        for (int s = 0; s < nS; s++) {
            int m = need[s] > 0 ? bestFree(s) : NONE;
            if (m != NONE) {
                distS[s] = -score(m, s) - piS[s];
                heap.push(key(distS[s], 1 + s));
            }
        }
        while (!heap.isEmpty()) {
            long k = heap.pop();
            int d = (int) (k >>> 32);
            int id = (int) k;
            if (id == 0) {
                return d;
            }
            if (id <= nS) {
                settleStartup(id - 1, d);
            } else {
                settleMentor(id - 1 - nS, d);
            }
        }
        return NONE;
    }

    private void settleStartup(int s, int d) {
        if (d != distS[s]) {
            return;
        }
        for (int j = width * s; j < width * (s + 1); j++) {
            int m = mate[j];
            if (m != NONE && !isFree(m)) {
                int nd = d + score(m, s) + piS[s] - piM[m];
                if (nd < distM[m]) {
                    distM[m] = nd;
                    heap.push(key(nd, 1 + nS + m));
                }
            }
        }
        if (served[s] < need[s]) {
            int nd = d + piS[s] - piT;
            if (nd < distT) {
                distT = nd;
                heap.push(key(nd, 0));
            }
        }
    }

    private void settleMentor(int m, int d) {
        if (d != distM[m]) {
            return;
        }
        int base = m * nS;
        int pm = piM[m] + d;
        for (int s = 0; s < nS; s++) {
            int sc = columns[base + s];
            int nd = pm - sc - piS[s];
            if (nd < distS[s] && sc >= 0 && need[s] > 0 && !isMate(s, m)) {
                distS[s] = nd;
                heap.push(key(nd, 1 + s));
            }
        }
    }

    private void updatePotentials(int d) {
        for (int s = 0; s < nS; s++) {
            if (need[s] > 0) {
                piS[s] += Math.min(distS[s], d);
            }
        }
        for (int m = 0; m < nM; m++) {
            piM[m] += Math.min(distM[m], d);
        }
        piT += d;
    }

    // ---------------------------------------------------------------- augmentation

    /** Augments along zero-reduced-cost paths until the depth-first search finds no more. */
    private int augmentPhase() {
        Arrays.fill(curS, 0);
        Arrays.fill(curM, 0);
        Arrays.fill(deadM, false);
        for (int s = 0; s < nS; s++) {
            deadS[s] = need[s] == 0;
        }
        int found = 0;
        for (int sweep = sweep(); sweep > 0; sweep = sweep()) {
            found += sweep;
        }
        return found;
    }

    /** One pass over the startups in position order, at most one augmentation entering at each. */
    private int sweep() {
        int found = 0;
        for (int s = 0; s < nS; s++) {
            if (!deadS[s]) {
                int m = bestFree(s);
                if (m != NONE && score(m, s) + piS[s] == 0 && search(s, m)) {
                    found++;
                }
            }
        }
        return found;
    }

    /** Depth-first search from startup {@code first}, entered from free mentor {@code entry}. */
    private boolean search(int first, int entry) {
        int depth = 0;
        pathS[0] = first;
        onPathS[first] = true;
        while (true) {
            int s = pathS[depth];
            if (served[s] < need[s] && piS[s] == piT) {
                augment(entry, depth);
                return true;
            }
            int next = advance(s);
            if (next != NONE) {
                depth++;
                pathM[depth] = mate[width * s + curS[s]];
                pathS[depth] = next;
                onPathM[pathM[depth]] = true;
                onPathS[next] = true;
                continue;
            }
            deadS[s] = true;
            onPathS[s] = false;
            if (depth == 0) {
                return false;
            }
            onPathM[pathM[depth]] = false;
            depth--;
        }
    }

    /** @return the next startup reachable from {@code s} through one of its saturated mentors, or NONE */
    private int advance(int s) {
        for (; curS[s] < width; curS[s]++) {
            int m = mate[width * s + curS[s]];
            if (m == NONE || isFree(m) || deadM[m] || onPathM[m] || score(m, s) + piS[s] - piM[m] != 0) {
                continue;
            }
            int next = nextStartup(m);
            if (next != NONE) {
                return next;
            }
            deadM[m] = true;
        }
        return NONE;
    }

    private int nextStartup(int m) {
        int base = m * nS;
        int pm = piM[m];
        for (int s = curM[m]; s < nS; s++) {
            int sc = columns[base + s];
            if (pm - sc == piS[s] && sc >= 0 && !deadS[s] && !onPathS[s] && !isMate(s, m)) {
                curM[m] = s;
                return s;
            }
        }
        curM[m] = nS;
        return NONE;
    }

    /** Entry mentor &rarr; pathS[0] &rarr; pathM[1] &rarr; pathS[1] ... pathS[depth] &rarr; sink. */
    private void augment(int entry, int depth) {
        used[entry]++;
        int incoming = entry;
        for (int i = 0; i < depth; i++) {
            int s = pathS[i];
            int outgoing = pathM[i + 1];
            replaceMate(s, outgoing, incoming);
            incoming = outgoing;
            onPathS[s] = false;
            onPathM[outgoing] = false;
        }
        int last = pathS[depth];
        replaceMate(last, NONE, incoming);
        served[last]++;
        onPathS[last] = false;
    }

    /** Puts {@code replacement} into the first slot of startup {@code s} holding {@code old} (NONE: first empty). */
    private void replaceMate(int s, int old, int replacement) {
        for (int j = width * s; j < width * (s + 1); j++) {
            if (mate[j] == old) {
                mate[j] = replacement;
                return;
            }
        }
        throw new IllegalStateException("startup " + s + " does not hold mentor " + old);
    }

    // ---------------------------------------------------------------- small queries

    /** @return the best-scoring free mentor the startup does not already hold, or NONE */
    private int bestFree(int s) {
        int k = orderPtr[s];
        int end = orderEnd[s];
        while (k < end && !isFree(order[k])) {
            k++;
        }
        orderPtr[s] = k;
        for (; k < end; k++) {
            int m = order[k];
            if (isFree(m) && !isMate(s, m)) {
                return m;
            }
        }
        return NONE;
    }

    private boolean isFree(int m) {
        return used[m] < room[m];
    }

    private boolean isMate(int s, int m) {
        for (int j = width * s; j < width * (s + 1); j++) {
            if (mate[j] == m) {
                return true;
            }
        }
        return false;
    }

    private int score(int m, int s) {
        return columns[m * nS + s];
    }

    private static long key(int distance, int id) {
        return ((long) distance << 32) | id;
    }

    private List<Assignment> assignments() {
        List<Assignment> result = new ArrayList<>();
        for (Pair pin : problem.pins()) {
            result.add(new Assignment(pin.startup(), pin.mentor(), problem.score(pin.startup(), pin.mentor()), true));
        }
        for (int s = 0; s < nS; s++) {
            for (int j = width * s; j < width * (s + 1); j++) {
                if (mate[j] != NONE) {
                    result.add(new Assignment(s, mate[j], score(mate[j], s), false));
                }
            }
        }
        result.sort(Comparator.comparingInt(Assignment::startup).thenComparingInt(Assignment::mentor));
        return result;
    }

    /** A binary min-heap of primitive longs (distance in the high half, node in the low half). */
    private static final class LongHeap {
        private long[] items = new long[1024];
        private int size;

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(long item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (items[parent] <= item) {
                    break;
                }
                items[i] = items[parent];
                i = parent;
            }
            items[i] = item;
        }

        long pop() {
            long top = items[0];
            long last = items[--size];
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                if (child + 1 < size && items[child + 1] < items[child]) {
                    child++;
                }
                if (last <= items[child]) {
                    break;
                }
                items[i] = items[child];
                i = child;
            }
            items[i] = last;
            return top;
        }
    }
}
