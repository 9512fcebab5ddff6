package org.govtechhub.mentoring;

/**
 * One matched (startup, mentor) pair of a {@link MatchingResult}.
 *
 * @param startup position of the startup
 * @param mentor  position of the mentor
 * @param score   the pair's compatibility score
 * @param pinned  whether the manager pinned the pair (otherwise the matcher chose it)
 */
public record Assignment(int startup, int mentor, int score, boolean pinned) {
}
