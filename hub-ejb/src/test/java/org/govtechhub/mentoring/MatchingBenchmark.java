package org.govtechhub.mentoring;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times {@link MentorMatcher} on synthetic instances. Not a JUnit test (CI must never time anything): run
 * {@code java -Xmx4g -cp hub-ejb/target/classes:hub-ejb/target/test-classes org.govtechhub.mentoring.MatchingBenchmark}
 * after {@code ./mvnw -o -q -pl hub-ejb test-compile}. Optional arguments: {@code startups mentors seed} to time
 * one extra instance.
 *
 * <p>Instances: all pairs scored 0..100, about 5% forbidden at random, mentor capacity 1..8, each startup wants
 * 1 or 2; fixed seeds. Prints a Markdown table: median/max solve time after warm-up, heap, certificate result and
 * the gap of a greedy baseline (highest score first) in both objectives.
 */
public final class MatchingBenchmark {

    private static final double FORBIDDEN_SHARE = 0.05;

    private MatchingBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args empty, or {@code startups mentors seed} for one more instance
     */
    public static void main(String[] args) {
        System.out.println("| instance | build s | solve median s | solve max s | runs | phases | slots | score "
                + "| alloc/solve MB | peak heap MB | live heap MB | certificate | certify s | greedy slot gap "
                + "| greedy score gap |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Kind kind : Kind.values()) {
            run(kind, 1_000, 200, 11L, 3, 9);
            run(kind, 10_000, 2_000, 12L, 1, 5);
        }
        if (args.length == 3) {
            for (Kind kind : Kind.values()) {
                run(kind, Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), 1, 3);
            }
        }
    }

    /** Instance families. */
    enum Kind {
        /** The instance: every pair's score uniform 0..100, capacity 1..8 (mentors are scarce). */
        UNIFORM(1, 9),
        /** Mentor quality 0..60 plus pair noise 0..40: everyone competes for the same mentors; capacity 1..8. */
        CONTESTED(1, 9),
        /** As CONTESTED, but capacity 2..16, so there is more room than wants. */
        CONTESTED_ROOMY(2, 17);

        private final int minCapacity;
        private final int capacityBound;

        Kind(int minCapacity, int capacityBound) {
            this.minCapacity = minCapacity;
            this.capacityBound = capacityBound;
        }

        int score(long seed, int[] quality, int s, int m) {
            if (this == UNIFORM) {
                return (int) Long.remainderUnsigned(mix(seed, s, m), MatchingProblem.MAX_SCORE + 1);
            }
            return quality[m] + (int) Long.remainderUnsigned(mix(seed, s, m), 41);
        }
    }

    private static void run(Kind kind, int startups, int mentors, long seed, int warmUps, int runs) {
        long t0 = System.nanoTime();
        MatchingProblem problem = instance(kind, startups, mentors, seed);
        double buildSeconds = seconds(System.nanoTime() - t0);
        for (int i = 0; i < warmUps; i++) {
            MentorMatcher.solve(problem);
        }
        collectGarbage();
        resetPeaks();
        double[] times = new double[runs];
        MatchingResult result = null;
        long allocated = 0;
        for (int i = 0; i < runs; i++) {
            long bytes = allocatedBytes();
            long start = System.nanoTime();
            result = MentorMatcher.solve(problem);
            times[i] = seconds(System.nanoTime() - start);
            allocated = allocatedBytes() - bytes;
        }
        long peak = peakHeapBytes();
        collectGarbage();
        long live = usedHeapBytes();
        long c0 = System.nanoTime();
        OptimalityCertificate certificate = result.certificate();
        double certifySeconds = seconds(System.nanoTime() - c0);
        long[] greedy = greedy(problem);
        Arrays.sort(times);
        System.out.printf("| %s %,d x %,d (seed %d) | %.2f | %.3f | %.3f | %d | %d | %,d | %,d | %.1f | %d | %d | %s "
                        + "| %.2f | %,d | %,d |%n",
                kind, startups, mentors, seed, buildSeconds, times[runs / 2], times[runs - 1], runs, result.phases(),
                result.assignedSlots(), result.totalScore(), allocated / 1048576.0, peak >> 20, live >> 20,
                certificate.holds() ? "holds" : "FAILS " + certificate, certifySeconds,
                result.assignedSlots() - greedy[0], result.totalScore() - greedy[1]);
    }

    /** Synthetic instance: scores from a hash of (seed, startup, mentor), so no score matrix is kept twice. */
    static MatchingProblem instance(Kind kind, int startups, int mentors, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] want = random.ints(startups, 1, 3).toArray();
        int[] capacity = random.ints(mentors, kind.minCapacity, kind.capacityBound).toArray();
        int[] quality = random.ints(mentors, 0, 61).toArray();
        MatchingProblem.Builder builder = MatchingProblem.builder(want, capacity)
                .scores((s, m) -> kind.score(seed, quality, s, m));
        long threshold = (long) (FORBIDDEN_SHARE * (1L << 53));
        for (int s = 0; s < startups; s++) {
            for (int m = 0; m < mentors; m++) {
                if ((mix(~seed, s, m) >>> 11) < threshold) {
                    builder.forbid(s, m);
                }
            }
        }
        return builder.build();
    }

    private static long mix(long seed, int s, int m) {
        long z = seed * 0x9E3779B97F4A7C15L + ((long) s << 32 | m);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Greedy baseline: pins first, then allowed pairs by score descending (ties by startup, then mentor), each
     * taken while the startup still wants and the mentor still has room.
     *
     * @return {slots, total score}
     */
    static long[] greedy(MatchingProblem problem) {
        int nS = problem.startupCount();
        int nM = problem.mentorCount();
        int[] wantLeft = new int[nS];
        int[] roomLeft = new int[nM];
        Arrays.setAll(wantLeft, problem::want);
        Arrays.setAll(roomLeft, problem::capacity);
        long slots = 0;
        long score = 0;
        for (Pair pin : problem.pins()) {
            wantLeft[pin.startup()]--;
            roomLeft[pin.mentor()]--;
            slots++;
            score += problem.score(pin.startup(), pin.mentor());
        }
        for (int pair : pairsByScore(problem)) {
            int s = pair / nM;
            int m = pair % nM;
            if (wantLeft[s] > 0 && roomLeft[m] > 0) {
                wantLeft[s]--;
                roomLeft[m]--;
                slots++;
                score += problem.score(s, m);
            }
        }
        return new long[] {slots, score};
    }

    /** Counting sort of the allowed, unpinned pairs ({@code s * nM + m}) by score descending, stable. */
    private static int[] pairsByScore(MatchingProblem problem) {
        int nS = problem.startupCount();
        int nM = problem.mentorCount();
        int[] start = new int[MatchingProblem.MAX_SCORE + 2];
        for (int s = 0; s < nS; s++) {
            for (int m = 0; m < nM; m++) {
                if (!problem.isForbidden(s, m) && !problem.isPinned(s, m)) {
                    start[MatchingProblem.MAX_SCORE - problem.score(s, m) + 1]++;
                }
            }
        }
        Arrays.parallelPrefix(start, Integer::sum);
        int[] sorted = new int[start[start.length - 1]];
        for (int s = 0; s < nS; s++) {
            for (int m = 0; m < nM; m++) {
                if (!problem.isForbidden(s, m) && !problem.isPinned(s, m)) {
                    sorted[start[MatchingProblem.MAX_SCORE - problem.score(s, m)]++] = s * nM + m;
                }
            }
        }
        return sorted;
    }

    /** Bytes allocated by this thread so far (HotSpot extension), or 0 where unsupported. */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getCurrentThreadAllocatedBytes();
        }
        return 0;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the reset (an upper bound: pools peak at different moments). */
    private static long peakHeapBytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeapBytes() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
