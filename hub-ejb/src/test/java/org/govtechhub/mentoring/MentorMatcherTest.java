package org.govtechhub.mentoring;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentorMatcherTest {

    private static final int X = 0;
    private static final int Y = 1;
    private static final int Z = 2;

    // ------------------------------------------------------------------ hand-checked stories

    @Test
    void aStartupWantingTwoGetsItsTwoBestMentorsNeverTheSameOneTwice() {
        // one startup wants 2; X 90, Y 80, Z 10, all with room for 2: X and Y, 170
        MatchingResult result = solve(new int[] {2}, new int[] {2, 2, 2}, new int[][] {{90, 80, 10}});

        assertArrayEquals(new int[] {X, Y}, result.mentorsOf(0));
        assertEquals(2, result.assignedSlots());
        assertEquals(170, result.totalScore());
        assertTrue(result.certifyOptimal());
    }

    @Test
    void aSingleMentorWithRoomForTwoStillServesAStartupWantingTwoOnlyOnce() {
        // distinctness: the capacity-1 arc startup->mentor forbids taking X twice
        MatchingResult result = solve(new int[] {2}, new int[] {2}, new int[][] {{70}});

        assertArrayEquals(new int[] {X}, result.mentorsOf(0));
        assertEquals(1, result.assignedSlots());
        assertTrue(result.certifyOptimal());
    }

    @Test
    void aPopularMentorGoesWhereItGainsMostAndItsCapacityIsRespected() {
        // X (room 1) is everyone's favourite, Y has room 2. Giving X to startup 2 costs the others least:
        // X->2, Y->0, Y->1 = 70 + 50 + 60 = 180, against 170 for X->0 and 160 for X->1.
        MatchingResult result = solve(new int[] {1, 1, 1}, new int[] {1, 2},
                new int[][] {{90, 50}, {80, 60}, {70, 20}});

        assertArrayEquals(new int[] {Y}, result.mentorsOf(0));
        assertArrayEquals(new int[] {Y}, result.mentorsOf(1));
        assertArrayEquals(new int[] {X}, result.mentorsOf(2));
        assertEquals(180, result.totalScore());
        // startups 0 and 1 missed X because startup 2 holds it
        assertEquals(List.of(
                new Explanation(0, X, 90, MissReason.MENTOR_FULL, List.of(2)),
                new Explanation(1, X, 80, MissReason.MENTOR_FULL, List.of(2))), result.explanations());
        assertTrue(result.certifyOptimal());
    }

    @Test
    void aForbiddenBestPairIsAvoidedAndExplainedAsAConflict() {
        // startup 0 scores X 95 but X is a conflict of interest: it gets Y (60)
        MatchingProblem problem = MatchingProblem.builder(new int[] {1}, new int[] {1, 1})
                .scores(new int[][] {{95, 60}})
                .forbid(0, X)
                .build();

        MatchingResult result = MentorMatcher.solve(problem);

        assertArrayEquals(new int[] {Y}, result.mentorsOf(0));
        assertEquals(List.of(new Explanation(0, X, 95, MissReason.CONFLICT_OF_INTEREST, List.of())),
                result.explanations());
        assertTrue(result.certifyOptimal());
    }

    @Test
    void aPinIsKeptEvenWhenAnotherMentorScoresHigher() {
        // startup 0 is pinned to Y (10) though X scores 90; its single want is used up, so startup 1 gets X
        MatchingProblem problem = MatchingProblem.builder(new int[] {1, 1}, new int[] {1, 1})
                .scores(new int[][] {{90, 10}, {40, 30}})
                .pin(0, Y)
                .build();

        MatchingResult result = MentorMatcher.solve(problem);

        assertEquals(List.of(new Assignment(0, Y, 10, true), new Assignment(1, X, 40, false)), result.assignments());
        assertEquals(List.of(new Explanation(0, X, 90, MissReason.WANT_FILLED_BY_PINS, List.of())),
                result.explanations());
        assertTrue(result.certifyOptimal());
    }

    @Test
    void aPinnedMentorIsNotGivenTwiceToTheSameStartup() {
        // startup 0 wants 2 and is pinned to X (room 2, its best): the second mentor must be Y, not X again
        MatchingProblem problem = MatchingProblem.builder(new int[] {2}, new int[] {2, 1})
                .scores(new int[][] {{90, 20}})
                .pin(0, X)
                .build();

        MatchingResult result = MentorMatcher.solve(problem);

        assertArrayEquals(new int[] {X, Y}, result.mentorsOf(0));
        assertEquals(110, result.totalScore());
        assertTrue(result.certifyOptimal());
    }

    @Test
    void servingOneMoreStartupBeatsAHigherScore() {
        // by score alone startup 0 takes X (100) and startup 1, which can only use X, gets nothing.
        // Slots come first: 0->Y (10) and 1->X (60) = 2 slots, score 70 beats 1 slot, score 100.
        MatchingProblem problem = MatchingProblem.builder(new int[] {1, 1}, new int[] {1, 1})
                .scores(new int[][] {{100, 10}, {60, 99}})
                .forbid(1, Y)
                .build();

        MatchingResult result = MentorMatcher.solve(problem);

        assertEquals(2, result.assignedSlots());
        assertEquals(70, result.totalScore());
        assertArrayEquals(new int[] {Y}, result.mentorsOf(0));
        assertArrayEquals(new int[] {X}, result.mentorsOf(1));
        assertEquals(List.of(
                new Explanation(0, X, 100, MissReason.MENTOR_FULL, List.of(1)),
                new Explanation(1, Y, 99, MissReason.CONFLICT_OF_INTEREST, List.of())), result.explanations());
    }

    @Test
    void aMentorWithoutCapacityAndAStartupWithoutAllowedMentorsAreExplained() {
        // X has no room left; startup 0 gets Y. Startup 1 may meet nobody.
        MatchingProblem problem = MatchingProblem.builder(new int[] {1, 1}, new int[] {0, 1})
                .scores(new int[][] {{80, 30}, {50, 50}})
                .forbid(1, X)
                .forbid(1, Y)
                .build();

        MatchingResult result = MentorMatcher.solve(problem);

        assertEquals(List.of(new Assignment(0, Y, 30, false)), result.assignments());
        assertEquals(List.of(
                new Explanation(0, X, 80, MissReason.MENTOR_WITHOUT_CAPACITY, List.of()),
                new Explanation(1, X, 50, MissReason.CONFLICT_OF_INTEREST, List.of()),
                new Explanation(1, -1, 0, MissReason.NO_ALLOWED_MENTOR, List.of())), result.explanations());
        assertTrue(result.certifyOptimal());
    }

    @Test
    void tiesGoToTheLowerPositionAndAnEqualScoreIsExplainedAsSuch() {
        // both startups score X and Y 50; X and Y have room 1: startup 0 gets X, startup 1 gets Y
        MatchingResult result = solve(new int[] {1, 1}, new int[] {1, 1}, new int[][] {{50, 50}, {50, 50}});

        assertArrayEquals(new int[] {X}, result.mentorsOf(0));
        assertArrayEquals(new int[] {Y}, result.mentorsOf(1));
        assertEquals(List.of(new Explanation(1, X, 50, MissReason.MENTOR_FULL, List.of(0))), result.explanations());
    }

    @Test
    void pinsThatBreakTheRulesAreRejected() {
        int[][] scores = {{10, 20}, {30, 40}};
        MatchingProblem.Builder forbiddenPin = MatchingProblem.builder(new int[] {1, 1}, new int[] {1, 1})
                .scores(scores).forbid(0, X).pin(0, X);
        MatchingProblem.Builder overCapacity = MatchingProblem.builder(new int[] {1, 1}, new int[] {1, 1})
                .scores(scores).pin(0, X).pin(1, X);
        MatchingProblem.Builder overWant = MatchingProblem.builder(new int[] {1, 1}, new int[] {1, 1})
                .scores(scores).pin(0, X).pin(0, Y);
        MatchingProblem.Builder twice = MatchingProblem.builder(new int[] {2, 1}, new int[] {2, 1})
                .scores(scores).pin(0, X).pin(0, X);

        assertThrows(IllegalArgumentException.class, forbiddenPin::build);
        assertThrows(IllegalArgumentException.class, overCapacity::build);
        assertThrows(IllegalArgumentException.class, overWant::build);
        assertThrows(IllegalArgumentException.class, twice::build);
        assertThrows(IllegalArgumentException.class,
                () -> MatchingProblem.builder(new int[] {MatchingProblem.MAX_WANT + 1}, new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> MatchingProblem.builder(new int[] {-1}, new int[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> MatchingProblem.builder(new int[] {1}, new int[] {1}).scores(new int[][] {{101}}));
    }

    @Test
    void theCertificateRejectsAWorseOrBrokenMatching() {
        // optimal: startup 0 -> X (90). Moving it to Y (50) keeps one slot but loses score; dropping it loses a slot
        MatchingResult result = solve(new int[] {1}, new int[] {1, 1}, new int[][] {{90, 50}});
        Duals duals = result.duals();
        MatchingProblem problem = result.problem();

        OptimalityCertificate worseScore = OptimalityCertificate.check(problem,
                List.of(new Assignment(0, Y, 50, false)), duals);
        OptimalityCertificate fewerSlots = OptimalityCertificate.check(problem, List.of(), duals);
        OptimalityCertificate twiceX = OptimalityCertificate.check(problem,
                List.of(new Assignment(0, X, 90, false), new Assignment(0, X, 90, false)), duals);

        assertTrue(result.certifyOptimal());
        assertTrue(worseScore.feasible());
        assertFalse(worseScore.reducedCostsNonNegative());
        assertFalse(fewerSlots.noAugmentingPath());
        assertFalse(twiceX.feasible());
    }

    @Test
    void fourEntriesEachGetThreeDistinctJurorsOutOfFiveAndNoJurorMeetsItsConflict() {
        // jurors 0..4 (capacity 3 each, 15 seats) for entries 0..3 (3 jurors each, 12 slots); each juror has one
        // conflict (99, tempting): juror j with entry j mod 4. Every juror then has at most 3 allowed entries, so
        // capacity never binds and the optimum is each entry's best three allowed jurors:
        // entry 0 may only use 1, 2, 3 (40 + 30 + 20 = 90); entry 1 takes 0, 2, 4 (90 + 60 + 80 = 230);
        // entry 2 takes 0, 3, 4 (90 + 65 + 80 = 235); entry 3 takes 0, 1, 4 (90 + 70 + 80 = 240); total 795.
        int[][] scores = {
                {99, 40, 30, 20, 99},
                {90, 99, 60, 50, 80},
                {90, 55, 99, 65, 80},
                {90, 70, 45, 99, 80}};
        MatchingProblem.Builder builder = MatchingProblem.builder(new int[] {3, 3, 3, 3}, new int[] {3, 3, 3, 3, 3})
                .scores(scores);
        for (int juror = 0; juror < 5; juror++) {
            builder.forbid(juror % 4, juror);
        }
        MatchingProblem problem = builder.build();

        MatchingResult result = MentorMatcher.solve(problem);

        assertEquals(12, result.assignedSlots());
        int[] seats = new int[5];
        for (Assignment a : result.assignments()) {
            assertFalse(problem.isForbidden(a.startup(), a.mentor()), "conflict used: " + a);
            seats[a.mentor()]++;
        }
        for (int juror = 0; juror < 5; juror++) {
            assertTrue(seats[juror] <= 3, "juror " + juror + " over capacity: " + seats[juror]);
        }
        for (int entry = 0; entry < 4; entry++) {
            assertEquals(3, Arrays.stream(result.mentorsOf(entry)).distinct().count(), "entry " + entry);
        }
        assertArrayEquals(new int[] {1, 2, 3}, result.mentorsOf(0));
        assertArrayEquals(new int[] {0, 2, 4}, result.mentorsOf(1));
        assertArrayEquals(new int[] {0, 3, 4}, result.mentorsOf(2));
        assertArrayEquals(new int[] {0, 1, 4}, result.mentorsOf(3));
        assertEquals(795, result.totalScore());
        assertArrayEquals(new long[] {12, 795}, new BruteForce(problem).best());
        assertRulesKept(problem, result);
        assertTrue(result.certifyOptimal());
    }

    @Test
    void aStartupMayWantUpToMaxWantMentors() {
        // one startup wants 5 of 6 mentors (room 1 each): it gets all but the worst, never one twice
        MatchingResult result = solve(new int[] {MatchingProblem.MAX_WANT}, new int[] {1, 1, 1, 1, 1, 1},
                new int[][] {{10, 60, 50, 40, 30, 20}});

        assertEquals(5, MatchingProblem.MAX_WANT);
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, result.mentorsOf(0));
        assertEquals(200, result.totalScore());
        assertTrue(result.certifyOptimal());
    }

    @Test
    void theSameInputAlwaysGivesTheSameMatching() {
        // scores 0..3 make many ties: the result must still not vary
        MatchingProblem problem = randomProblem(new SplittableRandom(7), 120, 30, 3, 0.05, 5);

        MatchingResult first = MentorMatcher.solve(problem);
        MatchingResult second = MentorMatcher.solve(problem);

        assertEquals(first.assignments(), second.assignments());
        assertEquals(first.explanations(), second.explanations());
        assertArrayEquals(first.duals().startup(), second.duals().startup());
        assertArrayEquals(first.duals().mentor(), second.duals().mentor());
    }

    // ------------------------------------------------------------------ randomized against brute force

    @Test
    void randomSmallInstancesReachTheBruteForceOptimum() {
        SplittableRandom random = new SplittableRandom(20240611L);
        for (int round = 0; round < 250; round++) {
            int startups = 1 + random.nextInt(6);
            int mentors = 1 + random.nextInt(4);
            int maxScore = random.nextBoolean() ? 100 : 4;
            MatchingProblem problem = randomProblem(random, startups, mentors, maxScore, 0.2, 2);

            MatchingResult result = MentorMatcher.solve(problem);
            long[] best = new BruteForce(problem).best();

            String where = "round " + round;
            assertEquals(best[0], result.assignedSlots(), where + ": slots");
            assertEquals(best[1], result.totalScore(), where + ": score");
            assertTrue(result.certifyOptimal(), where + ": certificate");
            assertRulesKept(problem, result);
        }
    }

    @Test
    void randomSmallInstancesWithWantsUpToFiveReachTheBruteForceOptimum() {
        SplittableRandom random = new SplittableRandom(20250301L);
        int startupsGivenThreeOrMore = 0;
        for (int round = 0; round < 300; round++) {
            int startups = 1 + random.nextInt(4);
            int mentors = 1 + random.nextInt(6);
            int maxScore = random.nextBoolean() ? 100 : 4;
            MatchingProblem problem = randomProblem(random, startups, mentors, maxScore, 0.15, 3,
                    MatchingProblem.MAX_WANT, 4);

            MatchingResult result = MentorMatcher.solve(problem);
            long[] best = new BruteForce(problem).best();

            String where = "round " + round;
            assertEquals(best[0], result.assignedSlots(), where + ": slots");
            assertEquals(best[1], result.totalScore(), where + ": score");
            assertTrue(result.certifyOptimal(), where + ": certificate");
            assertRulesKept(problem, result);
            for (int s = 0; s < startups; s++) {
                startupsGivenThreeOrMore += result.mentorsOf(s).length >= 3 ? 1 : 0;
            }
        }
        // the rounds must really exercise more than two slots per startup
        assertTrue(startupsGivenThreeOrMore > 50, "only " + startupsGivenThreeOrMore + " startups got 3+ mentors");
    }

    @Test
    void randomMediumInstancesWithWantsUpToFiveKeepEveryRuleAndCarryACertificate() {
        SplittableRandom random = new SplittableRandom(4242L);
        for (int round = 0; round < 10; round++) {
            int startups = 30 + random.nextInt(150);
            int mentors = 10 + random.nextInt(60);
            int maxScore = random.nextBoolean() ? 100 : 5;
            MatchingProblem problem = randomProblem(random, startups, mentors, maxScore, 0.1, 20,
                    MatchingProblem.MAX_WANT, 9);

            MatchingResult result = MentorMatcher.solve(problem);
            MatchingResult again = MentorMatcher.solve(problem);

            assertRulesKept(problem, result);
            OptimalityCertificate certificate = result.certificate();
            assertTrue(certificate.holds(), "round " + round + ": " + certificate);
            assertEquals(result.totalScore(), certificate.score());
            assertEquals(result.assignments(), again.assignments(), "round " + round + ": not deterministic");
        }
    }

    @Test
    void randomMediumInstancesKeepEveryRuleAndCarryACertificate() {
        SplittableRandom random = new SplittableRandom(99L);
        for (int round = 0; round < 25; round++) {
            int startups = 50 + random.nextInt(250);
            int mentors = 10 + random.nextInt(60);
            int maxScore = random.nextBoolean() ? 100 : 5;
            MatchingProblem problem = randomProblem(random, startups, mentors, maxScore, 0.1, 20);

            MatchingResult result = MentorMatcher.solve(problem);

            assertRulesKept(problem, result);
            OptimalityCertificate certificate = result.certificate();
            assertTrue(certificate.holds(), "round " + round + ": " + certificate);
            assertEquals(result.totalScore(), certificate.score());
        }
    }

    // ------------------------------------------------------------------ helpers

    private static MatchingResult solve(int[] want, int[] capacity, int[][] scores) {
        return MentorMatcher.solve(MatchingProblem.builder(want, capacity).scores(scores).build());
    }

    /** Random instance with wants 0..2 and capacities 0..3; pins are drawn only where they keep it valid. */
    private static MatchingProblem randomProblem(SplittableRandom random, int startups, int mentors, int maxScore,
                                                 double forbiddenShare, int pinAttempts) {
        return randomProblem(random, startups, mentors, maxScore, forbiddenShare, pinAttempts, 2, 3);
    }

    /** Random instance with wants 0..maxWant (mostly not 0) and capacities 0..maxCapacity. */
    private static MatchingProblem randomProblem(SplittableRandom random, int startups, int mentors, int maxScore,
                                                 double forbiddenShare, int pinAttempts, int maxWant,
                                                 int maxCapacity) {
        int[] want = random.ints(startups, 0, maxWant + 1).map(w -> w == 0 && random.nextInt(4) > 0 ? 1 : w)
                .toArray();
        int[] capacity = random.ints(mentors, 0, maxCapacity + 1).toArray();
        int[][] scores = new int[startups][mentors];
        boolean[][] forbidden = new boolean[startups][mentors];
        MatchingProblem.Builder builder = MatchingProblem.builder(want, capacity);
        for (int s = 0; s < startups; s++) {
            for (int m = 0; m < mentors; m++) {
                scores[s][m] = random.nextInt(maxScore + 1);
                forbidden[s][m] = random.nextDouble() < forbiddenShare;
                if (forbidden[s][m]) {
                    builder.forbid(s, m);
                }
            }
        }
        builder.scores(scores);
        addValidPins(random, builder, want, capacity, forbidden, pinAttempts);
        return builder.build();
    }

    private static void addValidPins(SplittableRandom random, MatchingProblem.Builder builder, int[] want,
                                     int[] capacity, boolean[][] forbidden, int attempts) {
        int[] wantLeft = want.clone();
        int[] roomLeft = capacity.clone();
        boolean[][] pinned = new boolean[want.length][capacity.length];
        for (int i = 0; i < attempts; i++) {
            int s = random.nextInt(want.length);
            int m = random.nextInt(capacity.length);
            if (random.nextInt(3) == 0 && !forbidden[s][m] && !pinned[s][m] && wantLeft[s] > 0 && roomLeft[m] > 0) {
                builder.pin(s, m);
                pinned[s][m] = true;
                wantLeft[s]--;
                roomLeft[m]--;
            }
        }
    }

    private static void assertRulesKept(MatchingProblem problem, MatchingResult result) {
        int[] perMentor = new int[problem.mentorCount()];
        List<List<Integer>> perStartup = new ArrayList<>();
        for (int s = 0; s < problem.startupCount(); s++) {
            perStartup.add(new ArrayList<>());
        }
        for (Assignment a : result.assignments()) {
            assertFalse(problem.isForbidden(a.startup(), a.mentor()), "forbidden pair used: " + a);
            assertFalse(perStartup.get(a.startup()).contains(a.mentor()), "mentor given twice: " + a);
            assertEquals(problem.score(a.startup(), a.mentor()), a.score());
            perStartup.get(a.startup()).add(a.mentor());
            perMentor[a.mentor()]++;
        }
        for (int m = 0; m < problem.mentorCount(); m++) {
            assertTrue(perMentor[m] <= problem.capacity(m), "mentor " + m + " over capacity");
        }
        for (int s = 0; s < problem.startupCount(); s++) {
            assertTrue(perStartup.get(s).size() <= problem.want(s), "startup " + s + " over its want");
        }
        for (Pair pin : problem.pins()) {
            assertTrue(result.assignments().contains(
                    new Assignment(pin.startup(), pin.mentor(), problem.score(pin.startup(), pin.mentor()), true)),
                    "pin lost: " + pin);
        }
    }

    /** Enumerates every feasible assignment (each startup: its pins plus any allowed mentor subset). */
    private static final class BruteForce {
        private final MatchingProblem problem;
        private final int[] room;
        private long bestSlots = -1;
        private long bestScore = -1;

        BruteForce(MatchingProblem problem) {
            this.problem = problem;
            this.room = new int[problem.mentorCount()];
            for (int m = 0; m < room.length; m++) {
                room[m] = problem.capacity(m);
            }
        }

        /** @return {slots, score} of the lexicographic optimum */
        long[] best() {
            visit(0, 0, 0);
            return new long[] {bestSlots, bestScore};
        }

        private void visit(int s, long slots, long score) {
            if (s == problem.startupCount()) {
                if (slots > bestSlots || (slots == bestSlots && score > bestScore)) {
                    bestSlots = slots;
                    bestScore = score;
                }
                return;
            }
            int mentors = problem.mentorCount();
            for (int subset = 0; subset < (1 << mentors); subset++) {
                if (Integer.bitCount(subset) <= problem.want(s) && fits(s, subset)) {
                    long gained = take(s, subset, -1);
                    visit(s + 1, slots + Integer.bitCount(subset), score + gained);
                    take(s, subset, +1);
                }
            }
        }

        private boolean fits(int s, int subset) {
            for (int m = 0; m < problem.mentorCount(); m++) {
                boolean chosen = (subset & (1 << m)) != 0;
                if (chosen != problem.isPinned(s, m) && (problem.isPinned(s, m) || problem.isForbidden(s, m))) {
                    return false;
                }
                if (chosen && room[m] == 0) {
                    return false;
                }
            }
            return true;
        }

        private long take(int s, int subset, int roomChange) {
            long score = 0;
            for (int m = 0; m < problem.mentorCount(); m++) {
                if ((subset & (1 << m)) != 0) {
                    room[m] += roomChange;
                    score += problem.score(s, m);
                }
            }
            return score;
        }
    }
}
