package org.govtechhub.cohort;

import jakarta.inject.Inject;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.NotificationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Departments post challenges, the program manager approves and publishes them, anyone finds them. On the real database. */
@ExtendWith(ArquillianExtension.class)
class ChallengeIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(ChallengeIT.class, CohortFixture.class).build();
    }

    @Inject
    private CohortFixture fixture;

    @Inject
    private ChallengeService challenges;

    @Inject
    private NotificationService notifications;

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void aDepartmentSubmitsAChallengeTheManagerReturnsItWithACommentThenApprovesAndPublishesIt() {
        Organisation amsterdam = fixture.department("City of Amsterdam");
        Person jan = fixture.staff(amsterdam, "Jan de Vries");
        Challenge challenge = fixture.draft(fixture.openCohort(), jan, "Faster building permits");

        challenges.submit(challenge.getId(), jan.getEmail());
        challenges.returnForChanges(challenge.getId(), "Say which permits: building, events or both?");
        assertTrue(notifications.latestFor(jan.getEmail()).stream().anyMatch(n -> n.getMessageKey().equals("notification.cohort.challengeReturned")));
        Challenge returned = challenges.challengeFor(challenge.getId(), jan.getEmail(), false);
        assertEquals(ChallengeStatus.RETURNED, returned.getStatus());
        assertEquals("Say which permits: building, events or both?", returned.getReviewComment());

        returned.setTitle("Faster building permits for homeowners");
        challenges.update(returned, jan.getEmail());
        challenges.submit(challenge.getId(), jan.getEmail());
        assertEquals("cohort.challenge.notEditable", key(() -> challenges.update(challenges.challengeFor(challenge.getId(), jan.getEmail(), false), jan.getEmail())));
        assertEquals("cohort.challenge.wrongStatus", key(() -> challenges.publish(challenge.getId())));
        challenges.approve(challenge.getId(), "Clear and measurable.");
        Challenge published = challenges.publish(challenge.getId());

        assertEquals(ChallengeStatus.PUBLISHED, published.getStatus());
        assertEquals("Faster building permits for homeowners", challenges.openChallenge(challenge.getId()).getTitle());
        assertTrue(notifications.latestFor(jan.getEmail()).stream().anyMatch(n -> n.getMessageKey().equals("notification.cohort.challengePublished")));
    }

    @Test
    void anotherDepartmentCannotOpenChangeOrSubmitAChallengeByGuessingItsId() {
        Person jan = fixture.staff(fixture.department("City of Amsterdam"), "Jan de Vries");
        Person dana = fixture.staff(fixture.department("SFMTA"), "Dana Whitfield");
        Challenge challenge = fixture.draft(fixture.openCohort(), jan, "Quieter deliveries");

        assertEquals("error.notFound", key(() -> challenges.challengeFor(challenge.getId(), dana.getEmail(), false)));
        assertEquals("error.notFound", key(() -> challenges.submit(challenge.getId(), dana.getEmail())));
        assertEquals("error.notFound", key(() -> challenges.update(challenge, dana.getEmail())));
        assertEquals("error.notFound", key(() -> challenges.openChallenge(challenge.getId())), "a draft is not public");
        assertEquals(challenge, challenges.challengeFor(challenge.getId(), "manager@govtech-hub.demo", true));
    }

    @Test
    void aChallengeSubmittedAfterTheCallIsRefusedWithThePhaseAndItsDates() {
        LocalDate start = Clock.now().toLocalDate().minusDays(30);
        Cohort late = fixture.cohort(start, 10, 60);
        Person jan = fixture.staff(fixture.department("City of Amsterdam"), "Jan de Vries");
        Challenge challenge = fixture.draft(late, jan, "Late idea");

        BusinessException refused = assertThrows(BusinessException.class, () -> challenges.submit(challenge.getId(), jan.getEmail()));
        assertEquals("cohort.phase.closed", refused.getMessageKey());
        assertEquals(PhaseKind.CALL_FOR_CHALLENGES, refused.getParameters()[0]);
        assertEquals(start, refused.getParameters()[1]);
        assertEquals(start.plusDays(10), refused.getParameters()[2]);
        assertEquals("Europe/Amsterdam", refused.getParameters()[3]);
    }

    @Test
    void publishedChallengesOfOpenCohortsArePublicAndSearchableButNotThoseOfClosedCohorts() {
        Person jan = fixture.staff(fixture.department("City of Amsterdam"), "Jan de Vries");
        String word = CohortFixture.unique("Kerbside").replace(" ", "");
        Challenge open = fixture.published(fixture.openCohort(), jan, word + " loading zones");
        Cohort closing = fixture.cohort(Clock.now().toLocalDate().minusDays(5), 6, 6);
        Challenge closed = fixture.published(closing, jan, word + " bike parking");
        Challenge draft = fixture.draft(fixture.openCohort(), jan, word + " benches");

        assertEquals(2, challenges.countOpen(word), "the open one, and the one whose applications close tomorrow");
        closing.getPhases().get(1).setEndsOn(Clock.now().toLocalDate().minusDays(3));
        fixture.saveCohort(closing);

        assertEquals(1, challenges.countOpen(word.toUpperCase()), "search ignores case; closed cohorts and drafts are not listed");
        assertEquals(open, challenges.open(word, 0, 20).get(0));
        assertFalse(challenges.open(word, 0, 20).contains(draft));
        assertEquals("error.notFound", key(() -> challenges.openChallenge(closed.getId())));
        assertEquals(open, challenges.openChallenge(open.getId()));
    }

    @Test
    void whetherApplicationsAreStillOpenIsDecidedInEachCohortsOwnTimeZone() {
        Person jan = fixture.staff(fixture.department("Open data office"), "Jan de Vries");
        String word = CohortFixture.unique("Tideline").replace(" ", "");
        // Kiritimati is 14 hours ahead of UTC: its applications closed yesterday there, which may still be today in UTC
        Cohort ahead = fixture.cohort(Clock.now().toLocalDate().minusDays(5), 6, 6);
        Challenge closedThere = fixture.published(ahead, jan, word + " sea level sensors");
        ahead.setTimeZone("Pacific/Kiritimati");
        ahead.getPhases().get(1).setEndsOn(ahead.today(Clock.now()).minusDays(1));
        fixture.saveCohort(ahead);
        // Pago Pago is 11 hours behind: its applications close today there, which may already be yesterday in UTC
        Cohort behind = fixture.cohort(Clock.now().toLocalDate().minusDays(5), 6, 6);
        Challenge openThere = fixture.published(behind, jan, word + " reef monitoring");
        behind.setTimeZone("Pacific/Pago_Pago");
        behind.getPhases().get(1).setEndsOn(behind.today(Clock.now()));
        fixture.saveCohort(behind);

        assertEquals(List.of(openThere), challenges.open(word, 0, 20));
        assertEquals(1, challenges.countOpen(word));
        assertEquals("error.notFound", key(() -> challenges.openChallenge(closedThere.getId())));
        assertEquals(openThere, challenges.openChallenge(openThere.getId()));
    }

    @Test
    void someoneWhoDoesNotWorkForADepartmentCannotPostAChallenge() {
        Cohort cohort = fixture.openCohort();
        assertEquals("cohort.challenge.notADepartment", key(() -> challenges.draft(cohort.getId(), "An idea", "founder@govtech-hub.demo")));
    }
}
