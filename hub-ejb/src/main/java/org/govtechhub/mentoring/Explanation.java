package org.govtechhub.mentoring;

import java.util.List;

/**
 * Why a startup did not get a mentor it scores best with.
 *
 * @param startup position of the startup
 * @param mentor  position of the mentor it missed, or -1 for {@link MissReason#NO_ALLOWED_MENTOR}
 * @param score   the pair's score (0 when there is no mentor)
 * @param reason  why
 * @param holders for {@link MissReason#MENTOR_FULL}, the startups holding the mentor, ascending; otherwise empty
 */
public record Explanation(int startup, int mentor, int score, MissReason reason, List<Integer> holders) {

    /** Defensive copy of the holders. */
    public Explanation {
        holders = List.copyOf(holders);
    }
}
