package org.govtechhub.incubator;

import jakarta.inject.Inject;
import org.govtechhub.identity.Organisation;
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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Support for the catalogue's projects, on the real database: a founder asks, a program manager works the request
 * through the pipeline with notes and an introduction, and the founder follows it to its outcome.
 */
@ExtendWith(ArquillianExtension.class)
class SupportIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(SupportIT.class, IncubatorFixture.class).build();
    }

    @Inject
    private IncubatorFixture fixture;

    @Inject
    private SupportService support;

    @Inject
    private NotificationService notifications;

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    private boolean told(Person person, String key) {
        return notifications.latestFor(person.getEmail()).stream().map(Notification::getMessageKey).anyMatch(key::equals);
    }

    @Test
    void aFounderAsksForFundingTheManagerIntroducesAMentorAndClosesItWithTheOutcome() {
        Person founder = fixture.founder("Irina Sokolova");
        Person manager = fixture.manager("Oleg Petrov");
        Person mentor = fixture.mentor("Anna Kuznetsova");
        Project project = fixture.published(founder, IncubatorFixture.unique("Bus tracker"), "RU-RYA");

        SupportRequest asked = support.request(project.getId(), Need.FUNDING, "A seed grant for GLONASS sensors in 40 buses", founder.getEmail());
        assertEquals(SupportStatus.NEW, asked.getStatus());
        assertTrue(told(manager, "notification.incubator.supportRequested"));
        assertEquals("incubator.support.alreadyOpen",
                key(() -> support.request(project.getId(), Need.FUNDING, "Again", founder.getEmail())), "one open request of a kind");
        support.request(project.getId(), Need.PILOT_REGION, "A second city to pilot in", founder.getEmail());

        assertTrue(support.inStatus(SupportStatus.NEW).contains(asked));
        support.take(asked.getId(), manager.getEmail());
        assertEquals("incubator.support.wrongStep", key(() -> support.take(asked.getId(), manager.getEmail())));
        support.note(asked.getId(), "Regional fund opens its call in March.");
        assertEquals("incubator.support.noteRequired", key(() -> support.note(asked.getId(), "  ")));
        assertEquals("incubator.support.notAMentor",
                key(() -> support.introduce(asked.getId(), IntroductionKind.MENTOR, founder.getEmail(), null)));
        assertEquals("incubator.support.noSuchPerson",
                key(() -> support.introduce(asked.getId(), IntroductionKind.INVESTOR, "nobody-" + IncubatorFixture.token() + "@example.org", null)));
        SupportRequest introduced = support.introduce(asked.getId(), IntroductionKind.MENTOR, mentor.getEmail(), null);
        assertEquals(SupportStatus.INTRODUCED, introduced.getStatus());
        assertEquals("Anna Kuznetsova", introduced.getIntroducedName());
        assertTrue(told(mentor, "notification.incubator.introducedToYou"), "the mentor hears of the project");
        assertEquals("incubator.support.outcomeRequired", key(() -> support.complete(asked.getId(), "")));
        support.complete(asked.getId(), "Grant of 1.2 million roubles from the regional fund.");

        List<SupportRequest> followed = support.ofProject(project.getId(), founder.getEmail());
        SupportRequest done = followed.stream().filter(r -> r.getKind() == Need.FUNDING).findFirst().orElseThrow();
        assertEquals(SupportStatus.DONE, done.getStatus());
        assertEquals("Grant of 1.2 million roubles from the regional fund.", done.getOutcome());
        assertNotNull(done.getClosedAt());
        assertEquals("Oleg Petrov", done.getHandler().getFullName());
        assertEquals(1, support.notes(done).size());
        for (String step : new String[] {"notification.incubator.supportInProgress", "notification.incubator.supportIntroduced",
            "notification.incubator.supportDone"}) {
            assertTrue(told(founder, step), step);
        }
        assertEquals("incubator.support.closed", key(() -> support.decline(asked.getId(), "Too late")));
        support.request(project.getId(), Need.FUNDING, "Series A next year", founder.getEmail());
    }

    @Test
    void aPartnerIntroductionNeedsAnOrganisationOfTheHubAndADeclineNeedsItsReason() {
        Person founder = fixture.founder("Pavel Orlov");
        Organisation partner = fixture.partner("Volunteers of Samara");
        Project project = fixture.published(founder, IncubatorFixture.unique("Snow help"), "RU-SAM");
        SupportRequest asked = support.request(project.getId(), Need.VOLUNTEERS, "Drivers for the cold nights", founder.getEmail());

        assertEquals("incubator.support.organisationRequired", key(() -> support.introduce(asked.getId(), IntroductionKind.PARTNER, null, " ")));
        assertEquals("incubator.support.noSuchOrganisation",
                key(() -> support.introduce(asked.getId(), IntroductionKind.PARTNER, null, "No such " + IncubatorFixture.token())));
        assertEquals("incubator.support.introductionRequired", key(() -> support.introduce(asked.getId(), null, null, null)));
        assertEquals(partner.getName(), support.introduce(asked.getId(), IntroductionKind.PARTNER, null, partner.getName().toUpperCase()).getIntroducedName());
        assertEquals("incubator.support.reasonRequired", key(() -> support.decline(asked.getId(), null)));
        assertEquals(SupportStatus.DECLINED, support.decline(asked.getId(), "The partner has no drivers this winter.").getStatus());
        assertTrue(told(founder, "notification.incubator.supportDeclined"));
    }

    @Test
    void nobodyElseAsksForOrFollowsAProjectsSupportAndBadInputGetsItsMessage() {
        Person founder = fixture.founder("Maria Ivanova");
        Person stranger = fixture.civilServant("Someone Else");
        Project project = fixture.published(founder, IncubatorFixture.unique("Open budget"), "RU-MOW");

        assertEquals("error.notFound", key(() -> support.request(project.getId(), Need.PARTNERS, "Me too", stranger.getEmail())));
        assertEquals("error.notFound", key(() -> support.ofProject(project.getId(), stranger.getEmail())));
        assertEquals("incubator.support.kindRequired", key(() -> support.request(project.getId(), null, "Something", founder.getEmail())));
        assertEquals("incubator.support.descriptionRequired", key(() -> support.request(project.getId(), Need.PARTNERS, " ", founder.getEmail())));
        assertEquals("incubator.support.tooLong", key(() -> support.request(project.getId(), Need.PARTNERS, "x".repeat(2001), founder.getEmail())));
        assertTrue(support.ofProject(project.getId(), founder.getEmail()).isEmpty(), "nothing refused was kept");
    }
}
