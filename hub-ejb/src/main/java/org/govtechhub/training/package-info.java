/**
 * Training for civil servants: the skills framework and self-assessment, position families with
 * target levels, personal learning paths ({@link org.govtechhub.training.LearningPathPlanner}),
 * tracks, courses and sessions, enrolment with approval and waitlist, completion and certificates.
 */
package org.govtechhub.training;
