/**
 * Mentoring: mentor and startup profiles, the provably optimal matching, session logs.
 *
 * <p>The matching engine is plain Java: {@link org.govtechhub.mentoring.MatchingProblem} describes who wants
 * how many mentors, who has how much room, the scores, conflicts and pins;
 * {@link org.govtechhub.mentoring.MentorMatcher} solves it exactly and
 * {@link org.govtechhub.mentoring.OptimalityCertificate} proves, independently of the solver, that the answer
 * is optimal.
 */
package org.govtechhub.mentoring;
