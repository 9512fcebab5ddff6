package org.govtechhub.mentoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntBinaryOperator;

/**
 * An immutable, validated mentor&harr;startup matching instance.
 *
 * <p>Startups and mentors are identified by their 0-based positions. Startup {@code s} wants {@code want(s)}
 * distinct mentors (0..{@value #MAX_WANT}); mentor {@code m} can take {@code capacity(m)} more startups
 * (remaining capacity, after existing matches). Every pair has a score 0..{@value #MAX_SCORE}; forbidden pairs
 * (conflicts of interest) are never matched; pinned pairs are always matched and consume the startup's want
 * and the mentor's capacity.
 *
 * <p>Scores are held as one byte per pair (startup-major), forbidden pairs as a bitset, so a 10,000 &times;
 * 2,000 instance takes about 23 MB.
 */
public final class MatchingProblem {

    /** The highest compatibility score. */
    public static final int MAX_SCORE = 100;
    /**
     * The most distinct mentors one startup may want (the mentoring pages ask for 1 or 2; reusing the solver for
     * award juries, an entry may need up to 5 jurors).
     */
    public static final int MAX_WANT = 5;
    /** The most mentors an instance may have (mentor positions are stored in 16 bits by the solver). */
    public static final int MAX_MENTORS = 65_535;

    private final int startups;
    private final int mentors;
    private final int[] want;
    private final int[] capacity;
    private final byte[] scores;
    private final long[] forbidden;
    private final long[] pinned;
    private final List<Pair> pins;

    private MatchingProblem(Builder b) {
        this.startups = b.want.length;
        this.mentors = b.capacity.length;
        this.want = b.want;
        this.capacity = b.capacity;
        this.scores = b.scores;
        this.forbidden = b.forbidden;
        this.pinned = new long[b.forbidden.length];
        for (Pair pin : b.pins) {
            long bit = bitIndex(pin.startup(), pin.mentor());
            pinned[(int) (bit >>> 6)] |= 1L << bit;
        }
        this.pins = List.copyOf(b.pins);
    }

    /**
     * Starts an instance.
     *
     * @param want     for each startup, how many distinct mentors it wants (0..{@value #MAX_WANT})
     * @param capacity for each mentor, how many more startups it can take (&ge; 0)
     * @return a builder; scores must be given before {@link Builder#build()}
     */
    public static Builder builder(int[] want, int[] capacity) {
        return new Builder(want, capacity);
    }

    /** @return the number of startups */
    public int startupCount() {
        return startups;
    }

    /** @return the number of mentors */
    public int mentorCount() {
        return mentors;
    }

    /** @param startup position of the startup @return how many distinct mentors it wants */
    public int want(int startup) {
        return want[startup];
    }

    /** @param mentor position of the mentor @return its remaining capacity */
    public int capacity(int mentor) {
        return capacity[mentor];
    }

    /** @return the compatibility score 0..100 of the pair */
    public int score(int startup, int mentor) {
        return scores[startup * mentors + mentor];
    }

    /** @return whether the pair must never be matched */
    public boolean isForbidden(int startup, int mentor) {
        long bit = bitIndex(startup, mentor);
        return (forbidden[(int) (bit >>> 6)] & (1L << bit)) != 0;
    }

    /** @return whether the manager pinned the pair */
    public boolean isPinned(int startup, int mentor) {
        long bit = bitIndex(startup, mentor);
        return (pinned[(int) (bit >>> 6)] & (1L << bit)) != 0;
    }

    /** @return the pinned pairs, in the order they were given */
    public List<Pair> pins() {
        return pins;
    }

    /** Startup-major scores, one byte per pair; shared, not copied: callers must not modify. */
    byte[] scoreRows() {
        return scores;
    }

    /** Startup-major forbidden bits ({@code startup * mentorCount + mentor}); shared, not copied. */
    long[] forbiddenBits() {
        return forbidden;
    }

    /** Startup-major pinned bits; shared, not copied. */
    long[] pinnedBits() {
        return pinned;
    }

    private long bitIndex(int startup, int mentor) {
        Objects.checkIndex(startup, startups);
        Objects.checkIndex(mentor, mentors);
        return (long) startup * mentors + mentor;
    }

    /** Collects and validates the parts of a {@link MatchingProblem}. */
    public static final class Builder {

        private final int[] want;
        private final int[] capacity;
        private final long[] forbidden;
        private final List<Pair> pins = new ArrayList<>();
        private byte[] scores;

        private Builder(int[] want, int[] capacity) {
            this.want = want.clone();
            this.capacity = capacity.clone();
            checkSizes();
            for (int s = 0; s < this.want.length; s++) {
                if (this.want[s] < 0 || this.want[s] > MAX_WANT) {
                    throw new IllegalArgumentException("startup " + s + " wants " + this.want[s]
                            + " mentors; allowed is 0.." + MAX_WANT);
                }
            }
            for (int m = 0; m < this.capacity.length; m++) {
                if (this.capacity[m] < 0) {
                    throw new IllegalArgumentException("mentor " + m + " has negative capacity " + this.capacity[m]);
                }
            }
            this.forbidden = new long[(int) ((pairCount() + 63) >>> 6)];
        }

        private void checkSizes() {
            if (capacity.length > MAX_MENTORS) {
                throw new IllegalArgumentException("at most " + MAX_MENTORS + " mentors, got " + capacity.length);
            }
            if (pairCount() > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("too many pairs: " + pairCount());
            }
        }

        private long pairCount() {
            return (long) want.length * capacity.length;
        }

        /**
         * Sets all scores from a matrix.
         *
         * @param scoreByStartupAndMentor {@code [startup][mentor]}, each 0..100
         * @return this builder
         */
        public Builder scores(int[][] scoreByStartupAndMentor) {
            if (scoreByStartupAndMentor.length != want.length) {
                throw new IllegalArgumentException("score matrix has " + scoreByStartupAndMentor.length
                        + " rows for " + want.length + " startups");
            }
            for (int s = 0; s < want.length; s++) {
                if (scoreByStartupAndMentor[s].length != capacity.length) {
                    throw new IllegalArgumentException("score row of startup " + s + " has "
                            + scoreByStartupAndMentor[s].length + " entries for " + capacity.length + " mentors");
                }
            }
            return scores((s, m) -> scoreByStartupAndMentor[s][m]);
        }

        /**
         * Sets all scores from a function, called once per pair in startup-major order.
         *
         * @param scoreOfStartupAndMentor {@code (startup, mentor) -> score}, each 0..100
         * @return this builder
         */
        public Builder scores(IntBinaryOperator scoreOfStartupAndMentor) {
            int n = want.length;
            int k = capacity.length;
            byte[] copy = new byte[n * k];
            for (int s = 0; s < n; s++) {
                for (int m = 0; m < k; m++) {
                    int score = scoreOfStartupAndMentor.applyAsInt(s, m);
                    if (score < 0 || score > MAX_SCORE) {
                        throw new IllegalArgumentException("score of startup " + s + " with mentor " + m + " is "
                                + score + "; allowed is 0.." + MAX_SCORE);
                    }
                    copy[s * k + m] = (byte) score;
                }
            }
            this.scores = copy;
            return this;
        }

        /**
         * Forbids a pair (conflict of interest, same organisation, earlier match...).
         *
         * @return this builder
         */
        public Builder forbid(int startup, int mentor) {
            long bit = checkedBit(startup, mentor);
            forbidden[(int) (bit >>> 6)] |= 1L << bit;
            return this;
        }

        /**
         * Pins a pair: the manager's decision, kept in every result.
         *
         * @return this builder
         */
        public Builder pin(int startup, int mentor) {
            checkedBit(startup, mentor);
            pins.add(new Pair(startup, mentor));
            return this;
        }

        private long checkedBit(int startup, int mentor) {
            if (startup < 0 || startup >= want.length) {
                throw new IllegalArgumentException("no startup at position " + startup);
            }
            if (mentor < 0 || mentor >= capacity.length) {
                throw new IllegalArgumentException("no mentor at position " + mentor);
            }
            return (long) startup * capacity.length + mentor;
        }

        /**
         * Validates and freezes the instance.
         *
         * @return the problem
         * @throws IllegalArgumentException if scores are missing or a pin is forbidden, repeated, or exceeds the
         *                                  startup's want or the mentor's capacity
         */
        public MatchingProblem build() {
            if (scores == null) {
                throw new IllegalArgumentException("scores are missing");
            }
            checkPins();
            return new MatchingProblem(this);
        }

        private void checkPins() {
            int[] pinsOfStartup = new int[want.length];
            int[] pinsOfMentor = new int[capacity.length];
            long[] seen = new long[forbidden.length];
            for (Pair pin : pins) {
                int s = pin.startup();
                int m = pin.mentor();
                long bit = checkedBit(s, m);
                if ((forbidden[(int) (bit >>> 6)] & (1L << bit)) != 0) {
                    throw new IllegalArgumentException("pinned pair startup " + s + " / mentor " + m + " is forbidden");
                }
                if ((seen[(int) (bit >>> 6)] & (1L << bit)) != 0) {
                    throw new IllegalArgumentException("pair startup " + s + " / mentor " + m + " is pinned twice");
                }
                seen[(int) (bit >>> 6)] |= 1L << bit;
                if (++pinsOfStartup[s] > want[s]) {
                    throw new IllegalArgumentException("startup " + s + " has more pins than the " + want[s]
                            + " mentors it wants");
                }
                if (++pinsOfMentor[m] > capacity[m]) {
                    throw new IllegalArgumentException("mentor " + m + " has more pins than its capacity " + capacity[m]);
                }
            }
        }
    }
}
