package org.govtechhub.evaluation;

import org.govtechhub.mentoring.Assignment;

import java.util.Arrays;
import java.util.Random;

/**
 * Times {@link JuryAssignment#solve} on award-sized instances (a {@code main}, not a test; see docs/benchmarks.md).
 * Entries have 1..4 topics out of 30, jurors 2..6 areas of expertise; the affinity is the share of an entry's topics
 * in the juror's expertise, as in {@code JudgingService}. Every juror has one declared conflict and each entry has a
 * 5 % chance of an automatic conflict (same organisation) with each juror.
 */
public final class JuryAssignmentBenchmark {

    private JuryAssignmentBenchmark() {
    }

    public static void main(String[] args) {
        run(40, 8, 3, 15, 1);        // the scenario
        run(118, 12, 3, 40, 2);      // Premia Sampa 2020: 118 entries
        run(400, 40, 3, 40, 3);      // Singapore: about 400 entries a year
        run(2_000, 150, 5, 100, 4);  // a national award with five jurors per entry
    }

    private static void run(int entries, int jurors, int perEntry, int limit, long seed) {
        Random random = new Random(seed);
        long[] topics = new long[entries];
        long[] expertise = new long[jurors];
        for (int e = 0; e < entries; e++) {
            topics[e] = bits(random, 1 + random.nextInt(4));
        }
        for (int j = 0; j < jurors; j++) {
            expertise[j] = bits(random, 2 + random.nextInt(5));
        }
        boolean[][] forbidden = new boolean[entries][jurors];
        for (int e = 0; e < entries; e++) {
            for (int j = 0; j < jurors; j++) {
                forbidden[e][j] = random.nextInt(100) < 5;
            }
        }
        for (int j = 0; j < jurors; j++) {
            forbidden[random.nextInt(entries)][j] = true;
        }
        int[] want = new int[entries];
        for (int e = 0; e < entries; e++) {
            int allowed = 0;
            for (int j = 0; j < jurors; j++) {
                allowed += forbidden[e][j] ? 0 : 1;
            }
            want[e] = Math.min(perEntry, allowed);
        }
        JuryAssignment.Result result = null;
        long[] times = new long[7];
        for (int i = -3; i < times.length; i++) {
            long start = System.nanoTime();
            result = JuryAssignment.solve(want, jurors, limit, forbidden,
                    (e, j) -> 100 * Long.bitCount(topics[e] & expertise[j]) / Long.bitCount(topics[e]));
            if (i >= 0) {
                times[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        int[] load = new int[jurors];
        for (Assignment a : result.matching().assignments()) {
            load[a.mentor()]++;
        }
        System.out.printf("%,d entries x %d jurors, R=%d, L=%d: median %.1f ms, max %.1f ms; slots %d/%d, loads %d..%d (capacity %d),"
                        + " total affinity %,d, certificate %s%n", entries, jurors, perEntry, limit, times[times.length / 2] / 1e6,
                times[times.length - 1] / 1e6, result.matching().assignedSlots(), result.wanted(), Arrays.stream(load).min().orElse(0), Arrays.stream(load).max().orElse(0),
                result.capacity(), result.matching().totalScore(), result.matching().certifyOptimal() ? "holds" : "FAILS");
    }

    private static long bits(Random random, int count) {
        long bits = 0;
        while (Long.bitCount(bits) < count) {
            bits |= 1L << random.nextInt(30);
        }
        return bits;
    }
}
