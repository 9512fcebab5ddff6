package org.govtechhub.incubator;

import org.govtechhub.evaluation.EvaluationRound;
import org.govtechhub.evaluation.JuryAssignment;
import org.govtechhub.evaluation.Scoresheet;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.mentoring.Assignment;
import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An expert's review as the incubator's rules have it: five criteria scored 1..5, each explained, a recommendation;
 * public only once a manager releases it, when it counts in the project's rating; the founder answers it once.
 */
class ExpertReviewRulesTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2027, 3, 1, 9, 0);
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2027, 3, 5, 16, 30);

    private final Person founder = new Person("Ilya Varlamov", "founder@example.org", null, EnumSet.of(Role.STARTUP));
    private final Person expert = new Person("Anna Expert", "expert@example.org", null, EnumSet.of(Role.EXPERT));
    private final Project project = new Project("Bus62", "bus62", founder, null);

    private ExpertReview invited() {
        EvaluationRound round = new EvaluationRound("incubator-project:1", 1, ReviewCriterion.roundCriteria(), ReviewCriterion.HIGHEST);
        round.open(Set.of(1L), MONDAY);
        return new ExpertReview(project, new Scoresheet(round, expert, 1L, 50, "TRANSPORT"));
    }

    private static Map<ReviewCriterion, Integer> scores(int... given) {
        Map<ReviewCriterion, Integer> scores = new EnumMap<>(ReviewCriterion.class);
        for (int i = 0; i < given.length; i++) {
            scores.put(ReviewCriterion.values()[i], given[i]);
        }
        return scores;
    }

    private static Map<ReviewCriterion, String> commentsOnAll() {
        Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            comments.put(criterion, "Because of " + criterion);
        }
        return comments;
    }

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void a_review_without_a_comment_on_every_criterion_is_refused_naming_the_criterion() {
        ExpertReview review = invited();
        Map<ReviewCriterion, String> comments = commentsOnAll();
        comments.remove(ReviewCriterion.REPLICABILITY);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> review.submit(scores(4, 4, 4, 4, 4), comments, Recommendation.SUPPORT, false, FRIDAY));
        assertEquals("incubator.review.commentRequired", refused.getMessageKey());
        assertEquals(ReviewCriterion.REPLICABILITY, refused.getParameters()[0]);
        assertEquals(ReviewStatus.INVITED, review.status());
    }

    @Test
    void scores_are_one_to_five_and_a_recommendation_is_required() {
        ExpertReview review = invited();
        assertEquals("incubator.review.range", key(() -> review.submit(scores(4, 6, 4, 4, 4), commentsOnAll(), Recommendation.SUPPORT, false, FRIDAY)));
        assertEquals("incubator.review.scoreRequired", key(() -> review.submit(scores(4, 4, 4, 4), commentsOnAll(), Recommendation.SUPPORT, false, FRIDAY)));
        assertEquals("incubator.review.recommendationRequired", key(() -> review.submit(scores(4, 4, 4, 4, 4), commentsOnAll(), null, false, FRIDAY)));
    }

    @Test
    void a_draft_keeps_what_is_written_and_a_submitted_review_has_its_rating() {
        ExpertReview review = invited();
        review.saveDraft(scores(5, 4), Map.of(ReviewCriterion.SOCIAL_VALUE, "Real buses, real riders"), null, true, MONDAY);
        assertEquals(ReviewStatus.DRAFT, review.status());
        assertEquals(Map.of(ReviewCriterion.SOCIAL_VALUE, 5, ReviewCriterion.FEASIBILITY_AND_TECHNOLOGY, 4), review.scores());
        review.submit(scores(5, 4, 4, 4, 4), commentsOnAll(), Recommendation.SUPPORT, true, FRIDAY);
        assertEquals(ReviewStatus.SUBMITTED, review.status());
        assertEquals(4.2, review.getRating());
        assertTrue(review.signature().isEmpty(), "an anonymous review shows no name");
        assertEquals("incubator.review.submittedAlready", key(() -> review.saveDraft(scores(1), Map.of(), null, true, FRIDAY)));
        review.submit(scores(3, 3, 3, 3, 3), commentsOnAll(), Recommendation.NOT_YET, false, FRIDAY);
        assertEquals(3.0, review.getRating(), "submitting again corrects it until it is released");
        assertEquals("Anna Expert", review.signature().orElseThrow());
    }

    @Test
    void only_a_submitted_review_is_released_and_then_it_counts_in_the_projects_rating_once() {
        ExpertReview first = invited();
        assertEquals("incubator.review.notSubmitted", key(() -> first.release("manager@example.org", FRIDAY)));
        first.submit(scores(5, 4, 4, 4, 4), commentsOnAll(), Recommendation.SUPPORT, false, FRIDAY);
        first.release("manager@example.org", FRIDAY);
        assertEquals(ReviewStatus.RELEASED, first.status());
        assertEquals("incubator.review.releasedAlready", key(() -> first.release("manager@example.org", FRIDAY)));
        assertEquals("incubator.review.final", key(() -> first.submit(scores(1, 1, 1, 1, 1), commentsOnAll(), Recommendation.NOT_YET, false, FRIDAY)));
        ExpertReview second = invited();
        second.submit(scores(3, 3, 3, 3, 3), commentsOnAll(), Recommendation.NOT_YET, false, FRIDAY);
        second.release("manager@example.org", FRIDAY);
        assertEquals(2, project.getReviewCount());
        assertEquals(3.6, project.getRating(), "(21 + 15) points over 2 reviews of 5 criteria");
    }

    @Test
    void the_founder_answers_a_released_review_once() {
        ExpertReview review = invited();
        review.submit(scores(4, 4, 4, 4, 4), commentsOnAll(), Recommendation.SUPPORT_WITH_CHANGES, false, FRIDAY);
        assertEquals("incubator.review.notReleased", key(() -> review.answer("Thank you", FRIDAY)));
        review.release("manager@example.org", FRIDAY);
        assertEquals("incubator.review.answerRequired", key(() -> review.answer("  ", FRIDAY)));
        review.answer("Thank you, the second region starts in May.", FRIDAY);
        assertEquals("incubator.review.answeredAlready", key(() -> review.answer("And another thing", FRIDAY)));
        assertEquals("Thank you, the second region starts in May.", review.getAnswer());
    }

    @Test
    void an_experts_affinity_weighs_the_sector_as_much_as_all_the_needs() {
        project.setSector(Sector.TRANSPORT);
        project.setNeeds(EnumSet.of(Need.FUNDING, Need.PILOT_REGION));
        ExpertProfile transport = new ExpertProfile(expert);
        transport.declare(EnumSet.of(Sector.TRANSPORT), EnumSet.of(Need.FUNDING), 3, null);
        assertEquals(75, transport.affinity(project));
        ExpertProfile health = new ExpertProfile(expert);
        health.declare(EnumSet.of(Sector.HEALTH), EnumSet.of(Need.FUNDING, Need.PILOT_REGION), 3, null);
        assertEquals(50, health.affinity(project));
        assertEquals("incubator.expert.sectorRequired", key(() -> health.declare(EnumSet.noneOf(Sector.class), Set.of(), 3, null)));
        assertEquals("incubator.expert.capacity", key(() -> health.declare(EnumSet.of(Sector.HEALTH), Set.of(), 0, null)));
    }

    @Test
    void the_assignment_holds_each_expert_to_the_reviews_they_still_take() {
        // three projects want two experts each; expert 0 fits everything best but takes only one more review
        int[] want = {2, 2, 2};
        int[] limits = {1, 3, 3, 3};
        boolean[][] forbidden = new boolean[3][4];
        forbidden[2][1] = true;  // expert 1 works for project 2's organisation
        JuryAssignment.Result result = JuryAssignment.solve(want, limits, forbidden, (p, e) -> e == 0 ? 100 : 40);
        assertTrue(result.servesEveryEntry());
        int[] load = new int[4];
        for (Assignment a : result.matching().assignments()) {
            load[a.mentor()]++;
            assertTrue(!forbidden[a.startup()][a.mentor()], "no conflicted pair");
        }
        assertEquals(1, load[0]);
        assertTrue(load[1] <= 3 && load[2] <= 3 && load[3] <= 3);
        assertTrue(result.matching().certifyOptimal());
    }
}
