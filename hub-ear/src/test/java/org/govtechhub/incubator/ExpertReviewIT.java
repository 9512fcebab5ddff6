package org.govtechhub.incubator;

import jakarta.inject.Inject;
import org.govtechhub.evaluation.ConflictType;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Notification;
import org.govtechhub.shared.NotificationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expert evaluations of the catalogue's projects, on the real database: the manager invites experts as the optimal
 * assignment proposes, an expert reviews, the manager releases, the public sees the rating, the founder answers once.
 */
@ExtendWith(ArquillianExtension.class)
class ExpertReviewIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(ExpertReviewIT.class, IncubatorFixture.class).build();
    }

    @Inject
    private IncubatorFixture fixture;

    @Inject
    private ReviewService reviews;

    @Inject
    private CatalogueService catalogue;

    @Inject
    private NotificationService notifications;

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    private boolean told(Person person, String key) {
        return notifications.latestFor(person.getEmail()).stream().map(Notification::getMessageKey).anyMatch(key::equals);
    }

    private static Map<ReviewCriterion, Integer> scores(int... given) {
        Map<ReviewCriterion, Integer> scores = new EnumMap<>(ReviewCriterion.class);
        for (int i = 0; i < given.length; i++) {
            scores.put(ReviewCriterion.values()[i], given[i]);
        }
        return scores;
    }

    private static Map<ReviewCriterion, String> comments(ReviewCriterion... without) {
        Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            comments.put(criterion, "On " + criterion + ": seen in the pilot.");
        }
        List.of(without).forEach(comments::remove);
        return comments;
    }

    @Test
    void theManagerInvitesTheBestFittingExpertsAndNeverOneOfTheFoundersOwnOrganisation() {
        Person founder = fixture.founder("Pavel Gromov");
        Project buses = fixture.published(founder, IncubatorFixture.unique("Bus arrivals"), p -> {
            p.setSector(Sector.TRANSPORT);
            p.setNeeds(EnumSet.of(Need.FUNDING, Need.PILOT_REGION));
        }, "RU-RYA");
        Project relief = fixture.published(fixture.founder("Olga Belova"), IncubatorFixture.unique("Flood help"), p -> {
            p.setSector(Sector.EMERGENCY_RELIEF);
            p.setNeeds(EnumSet.of(Need.VOLUNTEERS));
        }, "RU-SAM");
        Person transport = fixture.expert("Igor Transport", null, EnumSet.of(Sector.TRANSPORT), EnumSet.of(Need.FUNDING, Need.PILOT_REGION), 3);
        Person insider = fixture.expert("Ivan Insider", founder.getOrganisation(), EnumSet.of(Sector.TRANSPORT),
                EnumSet.of(Need.FUNDING, Need.PILOT_REGION), 3);
        Person rescuer = fixture.expert("Rita Rescue", null, EnumSet.of(Sector.EMERGENCY_RELIEF), EnumSet.of(Need.VOLUNTEERS), 3);

        ReviewService.Plan plan = reviews.plan(2, List.of(buses.getId(), relief.getId()));

        assertTrue(plan.optimal(), "the optimality certificate holds");
        List<ReviewService.Pair> forBuses = plan.pairs().stream().filter(p -> p.project().equals(buses)).toList();
        assertEquals(2, forBuses.size(), "two experts for the bus project: " + plan.pairs());
        assertTrue(forBuses.stream().noneMatch(p -> p.expert().getPerson().equals(insider)), "never the founder's own organisation");
        assertTrue(forBuses.stream().allMatch(p -> p.affinity() == 100), "the best fitting experts: " + forBuses);
        assertTrue(forBuses.stream().allMatch(p -> p.sector() && p.needs().equals(EnumSet.of(Need.FUNDING, Need.PILOT_REGION))),
                "each knows the sector and both needs");
        List<ReviewService.Pair> forRelief = plan.pairs().stream().filter(p -> p.project().equals(relief)).toList();
        assertEquals(2, forRelief.size());
        assertTrue(forRelief.stream().allMatch(p -> p.affinity() == 100), "the best fitting experts: " + forRelief);

        assertEquals(4, reviews.inviteAsProposed(2, List.of(buses.getId(), relief.getId())));
        assertEquals(2, reviews.ofProject(buses.getId()).size());
        assertEquals("incubator.review.conflicted", key(() -> reviews.invite(buses.getId(), insider.getEmail())), "by hand neither");
        forBuses.stream().map(p -> p.expert().getPerson()).filter(transport::equals).findFirst()
                .ifPresent(p -> assertTrue(told(p, "notification.incubator.reviewInvited")));
        assertTrue(reviews.reviewsOf(rescuer.getEmail()).stream().allMatch(r -> r.getStatus() == ReviewStatus.INVITED));
    }

    @Test
    void anExpertExplainsEveryScoreTheReviewIsPublicOnlyOnceReleasedAndTheFounderAnswersItOnce() {
        Person founder = fixture.founder("Marina Lebedeva");
        Project clinics = fixture.published(founder, IncubatorFixture.unique("Clinic queue"), p -> p.setSector(Sector.HEALTH), "RU-SAM");
        Person expert = fixture.expert("Natalia Health", null, EnumSet.of(Sector.HEALTH), EnumSet.noneOf(Need.class), 2);
        Person manager = fixture.manager("Sergei Manager");
        ExpertReview invited = reviews.invite(clinics.getId(), expert.getEmail());
        assertEquals("incubator.review.conflicted", key(() -> reviews.invite(clinics.getId(), expert.getEmail())), "once per project");

        BusinessException refused = assertThrows(BusinessException.class, () -> reviews.submit(invited.getId(), expert.getEmail(),
                scores(4, 5, 4, 4, 4), comments(ReviewCriterion.TEAM), Recommendation.SUPPORT, true));
        assertEquals("incubator.review.commentRequired", refused.getMessageKey());
        assertEquals(ReviewCriterion.TEAM, refused.getParameters()[0]);
        reviews.saveDraft(invited.getId(), expert.getEmail(), scores(4, 5), comments(), null, true);
        assertEquals(Map.of(ReviewCriterion.SOCIAL_VALUE, 4, ReviewCriterion.FEASIBILITY_AND_TECHNOLOGY, 5),
                reviews.reviewFor(invited.getId(), expert.getEmail()).scores(), "the draft is kept");
        assertEquals("error.notFound", key(() -> reviews.reviewFor(invited.getId(), founder.getEmail())), "someone else's review");
        ExpertReview submitted = reviews.submit(invited.getId(), expert.getEmail(), scores(4, 5, 4, 4, 4), comments(), Recommendation.SUPPORT, true);
        assertEquals(ReviewStatus.SUBMITTED, submitted.getStatus());
        assertTrue(told(manager, "notification.incubator.reviewSubmitted"));

        assertTrue(reviews.released(clinics).isEmpty(), "not public before release");
        assertNull(catalogue.published(clinics.getSlug()).getRating());
        assertTrue(reviews.awaitingRelease().stream().anyMatch(r -> r.getId().equals(invited.getId())));

        reviews.release(invited.getId(), manager.getEmail());
        assertEquals("incubator.review.releasedAlready", key(() -> reviews.release(invited.getId(), manager.getEmail())));
        Project shown = catalogue.published(clinics.getSlug());
        assertEquals(1, shown.getReviewCount());
        assertEquals(4.2, shown.getRating(), "(4 + 5 + 4 + 4 + 4) / 5");
        List<ExpertReview> published = reviews.released(shown);
        assertEquals(1, published.size());
        assertTrue(published.get(0).signature().isEmpty(), "the expert chose to stay anonymous");
        assertEquals(5.0, reviews.criterionMeans(shown).get(ReviewCriterion.FEASIBILITY_AND_TECHNOLOGY));
        assertTrue(told(founder, "notification.incubator.reviewPublished"));

        Person stranger = fixture.civilServant("Stranger Danger");
        assertEquals("error.notFound", key(() -> reviews.answer(invited.getId(), stranger.getEmail(), "Not mine to answer")));
        reviews.answer(invited.getId(), founder.getEmail(), "Thank you: the second clinic starts in May.");
        assertEquals("incubator.review.answeredAlready", key(() -> reviews.answer(invited.getId(), founder.getEmail(), "Once more")));
        assertEquals("Thank you: the second clinic starts in May.", reviews.released(shown).get(0).getAnswer());
        assertTrue(told(expert, "notification.incubator.reviewAnswered"));
    }

    @Test
    void anExpertWhoStepsBackNoLongerCountsAndIsNotProposedAgain() {
        Project schools = fixture.published(fixture.founder("Egor Shkolin"), IncubatorFixture.unique("School meals"),
                p -> p.setSector(Sector.EDUCATION), "RU-SAM");
        Person first = fixture.expert("Alla Education", null, EnumSet.of(Sector.EDUCATION), Set.of(), 1);
        Person second = fixture.expert("Boris Education", null, EnumSet.of(Sector.EDUCATION), Set.of(), 1);
        ExpertReview invited = reviews.invite(schools.getId(), first.getEmail());
        assertEquals("incubator.review.atCapacity", key(() -> reviews.invite(
                fixture.published(fixture.founder("Other Founder"), IncubatorFixture.unique("Other school"), "RU-SAM").getId(), first.getEmail())));

        assertEquals("incubator.review.conflictKind", key(() -> reviews.declareConflict(invited.getId(), first.getEmail(),
                ConflictType.SAME_ORGANISATION, "not declarable")));
        reviews.declareConflict(invited.getId(), first.getEmail(), ConflictType.PERSONAL, "The founder is my cousin.");
        assertEquals(ReviewStatus.RECUSED, reviews.reviewFor(invited.getId(), first.getEmail()).getStatus());
        assertEquals("evaluation.sheet.recused", key(() -> reviews.submit(invited.getId(), first.getEmail(), scores(3, 3, 3, 3, 3), comments(),
                Recommendation.NOT_YET, false)));

        ReviewService.Plan plan = reviews.plan(1, List.of(schools.getId()));
        assertEquals(1, plan.pairs().size(), "a recusal leaves the project one review short: " + plan.pairs());
        assertFalse(plan.pairs().get(0).expert().getPerson().equals(first), "not the expert who stepped back");
        assertTrue(reviews.openLoads().getOrDefault(first.getId(), 0) == 0, "the recusal frees the expert's place");
        assertEquals(100, plan.pairs().get(0).affinity(), "an education expert such as " + second.getFullName());
    }
}
