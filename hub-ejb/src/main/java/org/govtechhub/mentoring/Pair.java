package org.govtechhub.mentoring;

/**
 * A (startup, mentor) pair, both given as 0-based positions in the {@link MatchingProblem}; the calling service
 * maps positions to entity ids.
 *
 * @param startup position of the startup
 * @param mentor  position of the mentor
 */
public record Pair(int startup, int mentor) {
}
