package org.govtechhub.incubator;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Notification;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.ReportTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incubator's events on the real database: a manager builds a conference's programme with slides and
 * recommendations and publishes it; visitors register for a round table until it is full, once each, and are told;
 * thirty at once into twenty places get exactly twenty; the door list gives attendance by region and by kind.
 */
@ExtendWith(ArquillianExtension.class)
class EventIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(EventIT.class, EventFixture.class, IncubatorFixture.class).build();
    }

    @Inject
    private EventFixture fixture;

    @Inject
    private IncubatorFixture incubator;

    @Inject
    private EventService events;

    @Inject
    private NotificationService notifications;

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    private static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void aManagerBuildsAConferenceProgrammeWhichTheVisitorsReadOnceItIsPublished() {
        Person founder = incubator.founder("Grigory Shubin");
        Project fires = incubator.published(founder, IncubatorFixture.unique("Fires help"), "RU");
        Event conference = fixture.draft(EventKind.CONFERENCE, "Case-study conference", -20, 273);
        assertEquals("error.notFound", key(() -> events.published(conference.getId())), "a draft is not public");
        assertFalse(events.upcoming().contains(conference));

        EventSection services = events.addSection(conference.getId(), "Electronic public services in education and healthcare", null);
        EventSection social = events.addSection(conference.getId(), "Social initiatives and crowdsourcing", "Alena Popova");
        events.addReport(social.getId(), "Crowdsourcing help after fires", "The project's team", "Russian Fires", "RU", fires.getSlug());
        events.addReport(social.getId(), "Legal advice online", "Another team", null, null, " ");
        events.addReport(services.getId(), "School enrolment online", "A regional official", "Ministry of Education", "RU-TA", null);
        assertEquals("incubatorEvent.noSuchProject",
                key(() -> events.addReport(social.getId(), "Unknown", "Someone", null, null, "no-such-" + IncubatorFixture.token())));
        assertEquals("incubatorEvent.noSuchRegion", key(() -> events.addReport(social.getId(), "Nowhere", "Someone", null, "XX-NOPE", null)));
        events.addRecommendation(conference.getId(), "Multiply the projects presented in other regions.", "Regional authorities");
        events.addRecommendation(conference.getId(), "Study global analogues first.", null);
        events.publish(conference.getId());

        Event shown = events.published(conference.getId());
        assertTrue(shown.isPast(org.govtechhub.shared.Clock.now()));
        assertTrue(events.past().contains(shown));
        assertFalse(events.upcoming().contains(shown));
        assertEquals(List.of("Electronic public services in education and healthcare", "Social initiatives and crowdsourcing"),
                events.sections(shown).stream().map(EventSection::getTitle).toList());
        List<EventReport> programme = events.reports(shown);
        assertEquals(List.of("School enrolment online", "Crowdsourcing help after fires", "Legal advice online"),
                programme.stream().map(EventReport::getTitle).toList(), "section by section, each in the order added");
        assertEquals(fires.getSlug(), programme.get(1).getProject().getSlug());
        assertEquals("Republic of Tatarstan", programme.get(0).getRegion().name(Locale.ENGLISH));
        assertNull(programme.get(2).getProject(), "a blank project address is none");
        assertEquals(List.of("Multiply the projects presented in other regions.", "Study global analogues first."),
                events.recommendations(shown).stream().map(EventRecommendation::getText).toList());
    }

    @Test
    void slidesAreAcceptedAsAPdfRefusedOtherwiseAndPublicOnlyOnceThePresentationIsPublished() {
        Event conference = fixture.published(EventKind.CONFERENCE, "Slides conference", -3, 100);
        EventSection section = events.addSection(conference.getId(), "Authorities 2.0", null);
        EventReport report = events.addReport(section.getId(), "Social media in the city hall", "A press secretary", null, "RU-SAM", null);

        assertEquals("incubatorEvent.noSlides", key(() -> events.publishPresentation(report.getId())));
        assertEquals("incubatorEvent.slides.notPdf", key(() -> events.attachSlides(report.getId(), "talk.pptx",
                "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1))));
        assertFalse(events.reports(conference).get(0).hasSlides(), "nothing refused was kept");

        EventSlides slides = events.attachSlides(report.getId(), "talk.pdf", EventFixture.pdf()).getSlides();
        assertEquals("error.notFound", key(() -> events.slides(slides.getId(), false)), "not public before publication");
        assertArrayEquals(EventFixture.pdf(), events.slides(slides.getId(), true).getContent(), "the managers read it");
        events.publishPresentation(report.getId());
        EventSlides published = events.slides(slides.getId(), false);
        assertEquals("talk.pdf", published.getFileName());
        assertArrayEquals(EventFixture.pdf(), published.getContent());

        events.withdrawPresentation(report.getId());
        assertEquals("error.notFound", key(() -> events.slides(slides.getId(), false)));
    }

    @Test
    void thirtySimultaneousRegistrationsForTwentyPlacesGiveExactlyTwentyAndTheRestAreToldItIsFull() throws Exception {
        Event roundTable = fixture.openRoundTable(20);
        ManagedExecutorService executor = (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EventRegistration>> results = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String name = "Participant " + i;
            String address = email("participant" + i);
            results.add(executor.submit(() -> {
                start.await();
                return events.register(roundTable.getId(), name, address, null, "RU-SAM", AttendeeKind.OFFICIAL);
            }));
        }
        start.countDown();
        int registered = 0;
        List<String> refusals = new ArrayList<>();
        for (Future<EventRegistration> result : results) {
            try {
                result.get(60, TimeUnit.SECONDS);
                registered++;
            } catch (ExecutionException refused) {
                refusals.add(assertInstanceOf(BusinessException.class, refused.getCause()).getMessageKey());
            }
        }

        assertEquals(20, registered);
        assertEquals(20, events.countRegistrations(roundTable.getId()));
        assertEquals(List.of("incubatorEvent.full"), refusals.stream().distinct().toList());
        assertEquals(10, refusals.size());
    }

    @Test
    void aVisitorRegistersOnceIsToldAndTheEventRefusesDuplicatesOverCapacityAndLateComers() {
        Event roundTable = fixture.openRoundTable(2);
        String olga = email("olga");

        EventRegistration first = events.register(roundTable.getId(), "Olga Smirnova", olga.toUpperCase(Locale.ROOT), "Kostroma city", "RU-KOS",
                AttendeeKind.OFFICIAL);
        assertEquals(olga, first.getEmail());
        assertTrue(notifications.latestFor(olga).stream().map(Notification::getMessageKey).anyMatch("incubatorEvent.notification.registered"::equals),
                "the registrant is told through the outbox");
        BusinessException twice = assertThrows(BusinessException.class,
                () -> events.register(roundTable.getId(), "Olga again", " " + olga + " ", null, null, AttendeeKind.EXPERT));
        assertEquals("incubatorEvent.alreadyRegistered", twice.getMessageKey());
        assertEquals(olga, twice.getParameters()[0]);

        events.register(roundTable.getId(), "Ivan Petrov", email("ivan"), null, null, AttendeeKind.EXPERT);
        BusinessException full = assertThrows(BusinessException.class,
                () -> events.register(roundTable.getId(), "Too late", email("late"), null, null, AttendeeKind.OTHER));
        assertEquals("incubatorEvent.full", full.getMessageKey());
        assertEquals(2, full.getParameters()[1]);
        assertEquals(2, events.countRegistrations(roundTable.getId()));

        EventDetails fewer = events.get(roundTable.getId()).details();
        fewer.setCapacity(1);
        assertEquals("incubatorEvent.capacityBelowRegistered", key(() -> events.update(roundTable.getId(), fewer)));

        Event started = fixture.published(EventKind.ROUND_TABLE, "Started", -1, 20);
        assertEquals("incubatorEvent.registrationClosed",
                key(() -> events.register(started.getId(), "Anna", email("anna"), null, null, AttendeeKind.EXPERT)));
        Event draft = fixture.draft(EventKind.ROUND_TABLE, "Draft", 5, 20);
        assertEquals("error.notFound", key(() -> events.register(draft.getId(), "Anna", email("anna"), null, null, AttendeeKind.EXPERT)));
    }

    @Test
    void theDoorListGivesAttendanceByRegionAndByKind() {
        Event roundTable = fixture.openRoundTable(50);
        List<EventRegistration> came = new ArrayList<>();
        came.add(events.register(roundTable.getId(), "Official of Samara 1", email("s1"), null, "RU-SAM", AttendeeKind.OFFICIAL));
        came.add(events.register(roundTable.getId(), "Official of Samara 2", email("s2"), null, "RU-SAM", AttendeeKind.OFFICIAL));
        events.register(roundTable.getId(), "Official of Tatarstan", email("t1"), null, "RU-TA", AttendeeKind.OFFICIAL);
        came.add(events.register(roundTable.getId(), "Expert of Samara", email("e1"), null, "RU-SAM", AttendeeKind.EXPERT));
        events.register(roundTable.getId(), "A project's founder", email("p1"), null, null, AttendeeKind.PROJECT_TEAM);
        came.forEach(r -> events.checkIn(r.getId()));
        assertEquals("incubatorEvent.alreadyCheckedIn", key(() -> events.checkIn(came.get(0).getId())));

        ReportTable byRegion = events.attendanceByRegion(roundTable.getId(), Locale.ENGLISH);
        assertEquals(List.of(List.of("Samara Oblast", 3L, 3L), List.of("Republic of Tatarstan", 1L, 0L),
                List.of(new ReportTable.Label("incubatorEvent.noRegion"), 1L, 0L)), byRegion.rows(), "the largest region first");
        assertEquals("Самарская область", events.attendanceByRegion(roundTable.getId(), Locale.forLanguageTag("ru")).rows().get(0).get(0));

        ReportTable byKind = events.attendanceByKind(roundTable.getId());
        assertEquals(List.of(
                List.of(new ReportTable.Label("AttendeeKind.OFFICIAL"), 3L, 2L),
                List.of(new ReportTable.Label("AttendeeKind.EXPERT"), 1L, 1L),
                List.of(new ReportTable.Label("AttendeeKind.PROJECT_TEAM"), 1L, 0L),
                List.of(new ReportTable.Label("AttendeeKind.OTHER"), 0L, 0L),
                List.of(new ReportTable.Label("incubatorEvent_attendance.total"), 5L, 3L)), byKind.rows());
    }
}
