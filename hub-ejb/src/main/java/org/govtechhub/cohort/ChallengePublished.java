package org.govtechhub.cohort;

/**
 * A CDI event fired when a challenge is published, inside the publishing transaction: other contexts (the ideas a
 * challenge was made of) observe it to tell their followers, without the cohort context knowing them.
 */
public record ChallengePublished(Long challengeId, String title) {
}
