package org.govtechhub.incubator;

import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the incubator's events, as a program manager and a participant meet them: what an event needs, when
 * registration closes, a full event, one registration per e-mail address, the door list, and published presentations.
 */
class EventRulesTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 7, 0);
    private static final LocalDateTime END = LocalDateTime.of(2027, 3, 1, 15, 0);
    private static final LocalDateTime WEEK_BEFORE = START.minusDays(7);

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    private static Event roundTable(int places) {
        return new Event(new EventDetails(EventKind.ROUND_TABLE, "  Multiplying projects across regions ", START, END, places), null);
    }

    private static Event published(int places) {
        Event event = roundTable(places);
        event.publish(WEEK_BEFORE.minusDays(1));
        return event;
    }

    private static EventRegistration register(Event event, String email, long registered, boolean already) {
        return event.register("Olga Smirnova", email, "Kostroma city administration", null, AttendeeKind.OFFICIAL, WEEK_BEFORE, registered, already);
    }

    // --- the event ------------------------------------------------------------------------------------------------

    @Test
    void aManagerDraftsAnEventWithATitleTimesAndPlacesWhichStaysPrivateUntilPublished() {
        Event event = roundTable(20);

        assertEquals("Multiplying projects across regions", event.getTitle());
        assertEquals(EventStatus.DRAFT, event.getStatus());
        assertFalse(event.isOpenForRegistration(WEEK_BEFORE), "a draft takes no registrations");
        event.publish(WEEK_BEFORE);
        assertTrue(event.isOpenForRegistration(WEEK_BEFORE));
        assertEquals(WEEK_BEFORE, event.getPublishedAt());
        assertEquals("incubatorEvent.alreadyPublished", key(() -> event.publish(WEEK_BEFORE)));
    }

    @Test
    void anEventNeedsAKindATitleBothTimesAnEndAfterItsStartAndAtLeastOnePlace() {
        assertEquals("incubatorEvent.kindRequired", key(() -> new Event(new EventDetails(null, "Title", START, END, 10), null)));
        assertEquals("incubatorEvent.titleRequired", key(() -> new Event(new EventDetails(EventKind.CONFERENCE, " ", START, END, 10), null)));
        assertEquals("incubatorEvent.tooLong", key(() -> new Event(new EventDetails(EventKind.CONFERENCE, "x".repeat(301), START, END, 10), null)));
        assertEquals("incubatorEvent.timesRequired", key(() -> new Event(new EventDetails(EventKind.CONFERENCE, "Title", START, null, 10), null)));
        assertEquals("incubatorEvent.endBeforeStart", key(() -> new Event(new EventDetails(EventKind.CONFERENCE, "Title", END, START, 10), null)));
        assertEquals("incubatorEvent.endBeforeStart", key(() -> new Event(new EventDetails(EventKind.CONFERENCE, "Title", START, START, 10), null)));
        assertEquals("incubatorEvent.capacityInvalid", key(() -> new Event(new EventDetails(EventKind.CONFERENCE, "Title", START, END, 0), null)));
        assertEquals("incubatorEvent.capacityInvalid", key(() -> new Event(new EventDetails(EventKind.CONFERENCE, "Title", START, END, null), null)));
    }

    @Test
    void theCapacityCannotDropBelowThePeopleAlreadyRegistered() {
        Event event = published(30);
        EventDetails fewer = event.details();
        fewer.setCapacity(24);

        assertEquals("incubatorEvent.capacityBelowRegistered", key(() -> event.describe(fewer, null, 25)));
        assertEquals(30, event.getCapacity(), "nothing changed");
        event.describe(fewer, null, 24);
        assertEquals(24, event.getCapacity());
    }

    @Test
    void anEventIsPastOnceItHasEnded() {
        Event event = published(20);

        assertFalse(event.isPast(START.minusMinutes(1)));
        assertFalse(event.isPast(START.plusHours(1)), "under way, not past");
        assertTrue(event.isPast(END));
        assertTrue(event.isPast(END.plusDays(1)));
    }

    // --- registration --------------------------------------------------------------------------------------------

    @Test
    void aVisitorRegistersWithTheirEmailKeptInOneFormAndIsNotCheckedInYet() {
        EventRegistration registration = register(published(20), "  Olga.Smirnova@Kostroma.example ", 0, false);

        assertEquals("olga.smirnova@kostroma.example", registration.getEmail());
        assertEquals(AttendeeKind.OFFICIAL, registration.getKind());
        assertFalse(registration.isAttended());
    }

    @Test
    void theLastPlaceIsTakenAndTheNextRegistrationIsRefusedAsFull() {
        Event event = published(20);

        assertNotNull(register(event, "last@example.org", 19, false));
        BusinessException full = assertThrows(BusinessException.class, () -> register(event, "one-more@example.org", 20, false));
        assertEquals("incubatorEvent.full", full.getMessageKey());
        assertEquals(20, full.getParameters()[1], "the message says how many places there were");
        assertEquals(0, event.placesLeft(20));
        assertEquals(5, event.placesLeft(15));
    }

    @Test
    void theSameEmailCannotRegisterTwiceForTheSameEvent() {
        BusinessException twice = assertThrows(BusinessException.class, () -> register(published(20), "OLGA@example.org", 3, true));

        assertEquals("incubatorEvent.alreadyRegistered", twice.getMessageKey());
        assertEquals("olga@example.org", twice.getParameters()[0]);
    }

    @Test
    void registrationClosesWhenTheEventStarts() {
        Event event = published(20);

        assertNotNull(event.register("Early", "early@example.org", null, null, AttendeeKind.EXPERT, START.minusSeconds(1), 0, false));
        assertEquals("incubatorEvent.registrationClosed",
                key(() -> event.register("On time", "ontime@example.org", null, null, AttendeeKind.EXPERT, START, 0, false)));
        assertEquals("incubatorEvent.registrationClosed",
                key(() -> event.register("Late", "late@example.org", null, null, AttendeeKind.EXPERT, END.plusDays(1), 0, false)));
    }

    @Test
    void aDraftTakesNoRegistrationsAsIfItDidNotExist() {
        assertEquals("error.notFound", key(() -> register(roundTable(20), "olga@example.org", 0, false)));
    }

    @Test
    void aRegistrationNeedsANameAValidEmailAndAKind() {
        Event event = published(20);

        assertEquals("incubatorEvent.nameRequired",
                key(() -> event.register(" ", "a@example.org", null, null, AttendeeKind.OTHER, WEEK_BEFORE, 0, false)));
        assertEquals("incubatorEvent.emailInvalid",
                key(() -> event.register("Anna", "not-an-address", null, null, AttendeeKind.OTHER, WEEK_BEFORE, 0, false)));
        assertEquals("incubatorEvent.attendeeKindRequired",
                key(() -> event.register("Anna", "a@example.org", null, null, null, WEEK_BEFORE, 0, false)));
    }

    @Test
    void aParticipantIsCheckedInOnceAtTheDoor() {
        EventRegistration registration = register(published(20), "olga@example.org", 0, false);

        registration.checkIn(START.plusMinutes(5));
        assertTrue(registration.isAttended());
        assertEquals(START.plusMinutes(5), registration.getCheckedInAt());
        assertEquals("incubatorEvent.alreadyCheckedIn", key(() -> registration.checkIn(START.plusMinutes(6))));
    }

    // --- the programme ---------------------------------------------------------------------------------------------

    @Test
    void aSectionAndAReportNeedTheirTitlesAndAReportItsSpeaker() {
        Event event = published(273);

        assertEquals("incubatorEvent.titleRequired", key(() -> new EventSection(event, "", "Alena Popova", 1)));
        EventSection section = new EventSection(event, "Social initiatives and crowdsourcing", " ", 1);
        assertEquals(null, section.getChair(), "a blank chair is none");
        assertEquals("incubatorEvent.speakerRequired", key(() -> new EventReport(section, "Russian Fires", null, null, null, null, 1)));
        assertEquals("incubatorEvent.titleRequired", key(() -> new EventReport(section, null, "The team", null, null, null, 1)));
        assertEquals("incubatorEvent.recommendationRequired", key(() -> new EventRecommendation(event, "  ", "Regions", 1)));
    }

    @Test
    void aPresentationIsPublishedOnlyWithSlidesAndIsPublicOnlyWhenItsEventIsToo() {
        Event draft = roundTable(20);
        EventReport report = new EventReport(new EventSection(draft, "Cases", null, 1), "StreetJournal in Samara", "The team", null, null, null, 1);

        assertEquals("incubatorEvent.noSlides", key(report::publishPresentation));
        report.attach(new EventSlides("slides.pdf", "%PDF-1.4 slides".getBytes(StandardCharsets.US_ASCII)));
        report.publishPresentation();
        assertTrue(report.isPublished());
        assertFalse(report.isPublic(), "the event is still a draft");
        draft.publish(WEEK_BEFORE);
        assertTrue(report.isPublic());
        report.withdrawPresentation();
        assertFalse(report.isPublic());
    }

    @Test
    void slidesMustBeAPdfByTheirContentOfAtMostTenMegabytes() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);

        EventSlides slides = new EventSlides("C:\\talks\\Russian fires.pdf", pdf);
        assertEquals("Russian fires.pdf", slides.getFileName());
        assertArrayEquals(pdf, slides.getContent());
        assertEquals("incubatorEvent.slides.notPdf", key(() -> new EventSlides("slides.pdf", "PK\u0003\u0004 a pptx".getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals("incubatorEvent.slides.empty", key(() -> new EventSlides("slides.pdf", new byte[0])));
        byte[] tooLarge = new byte[EventSlides.MAX_BYTES + 1];
        System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
        assertEquals("incubatorEvent.slides.tooLarge", key(() -> new EventSlides("big.pdf", tooLarge)));
    }
}
