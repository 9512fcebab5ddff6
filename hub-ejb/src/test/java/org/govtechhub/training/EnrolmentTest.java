package org.govtechhub.training;

import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrolmentTest {

    private static final LocalDate STARTS = LocalDate.of(2026, 12, 7);
    private static final LocalDate ENDS = LocalDate.of(2026, 12, 9);
    private static final LocalDate ENROL_BY = LocalDate.of(2026, 11, 30);
    private static final LocalDate CANCEL_BY = LocalDate.of(2026, 12, 3);
    private static final LocalDateTime REQUESTED = LocalDateTime.of(2026, 11, 20, 9, 15);
    private static final LocalDateTime FINISHED = LocalDateTime.of(2026, 12, 9, 17, 0);
    private static final String MANAGER = "budi.santoso@example.go.id";

    private final Track track = new Track("Digital skills and data", null);

    @Test
    void aCourseNeedingApprovalWaitsForTheLineManagerWithoutTakingASeat() {
        Course course = course();
        course.setApprovalRequired(true);
        CourseSession session = session(course, 1);

        Enrolment enrolment = Enrolment.request(session, person("Ayu"), REQUESTED, 0);

        assertEquals(EnrolmentStatus.PENDING_APPROVAL, enrolment.getStatus());
        assertEquals(REQUESTED, enrolment.getRequestedAt());
        assertEquals(0, enrolment.getQueueNumber());
    }

    @Test
    void aFullSessionPutsTheNextPersonOnTheWaitlistInOrder() {
        CourseSession session = session(course(), 2);

        Enrolment first = Enrolment.request(session, person("Ayu"), REQUESTED, 0);
        Enrolment second = Enrolment.request(session, person("Bayu"), REQUESTED, 1);
        Enrolment third = Enrolment.request(session, person("Citra"), REQUESTED, 2);
        Enrolment fourth = Enrolment.request(session, person("Dewi"), REQUESTED, 2);

        assertEquals(EnrolmentStatus.ENROLLED, first.getStatus());
        assertEquals(EnrolmentStatus.ENROLLED, second.getStatus());
        assertEquals(EnrolmentStatus.WAITLISTED, third.getStatus());
        assertEquals(1, third.getQueueNumber());
        assertEquals(EnrolmentStatus.WAITLISTED, fourth.getStatus());
        assertEquals(2, fourth.getQueueNumber());
    }

    @Test
    void anApprovedRequestTakesAFreeSeatOrElseJoinsTheSameWaitlist() {
        Course course = course();
        course.setApprovalRequired(true);
        CourseSession session = session(course, 1);
        Enrolment ayu = Enrolment.request(session, person("Ayu"), REQUESTED, 0);
        Enrolment bayu = Enrolment.request(session, person("Bayu"), REQUESTED, 0);

        ayu.approve(MANAGER, "Go ahead", 0);
        bayu.approve(MANAGER, null, 1);

        assertEquals(EnrolmentStatus.ENROLLED, ayu.getStatus());
        assertEquals(MANAGER, ayu.getDecidedBy());
        assertEquals("Go ahead", ayu.getDecisionComment());
        assertEquals(EnrolmentStatus.WAITLISTED, bayu.getStatus());
        assertEquals(1, bayu.getQueueNumber());
    }

    @Test
    void decliningARequestNeedsAReasonForThePerson() {
        Course course = course();
        course.setApprovalRequired(true);
        Enrolment enrolment = Enrolment.request(session(course, 10), person("Ayu"), REQUESTED, 0);

        BusinessException refused = assertThrows(BusinessException.class, () -> enrolment.decline(MANAGER, "   "));
        assertEquals("training.enrolment.commentRequired", refused.getMessageKey());
        assertEquals(EnrolmentStatus.PENDING_APPROVAL, enrolment.getStatus());
        assertThrows(BusinessException.class, () -> enrolment.decline(MANAGER, null));

        enrolment.decline(MANAGER, "  Budget is frozen until March  ");

        assertEquals(EnrolmentStatus.DECLINED, enrolment.getStatus());
        assertEquals("Budget is frozen until March", enrolment.getDecisionComment());
        assertEquals(MANAGER, enrolment.getDecidedBy());
    }

    @Test
    void aRequestAlreadyDecidedCannotBeApprovedOrDeclinedAgain() {
        Course course = course();
        course.setApprovalRequired(true);
        Enrolment enrolment = Enrolment.request(session(course, 10), person("Ayu"), REQUESTED, 0);
        enrolment.decline(MANAGER, "Not this year");

        BusinessException approveRefused = assertThrows(BusinessException.class, () -> enrolment.approve(MANAGER, "Sorry, yes", 0));
        BusinessException declineRefused = assertThrows(BusinessException.class, () -> enrolment.decline(MANAGER, "Again"));

        assertEquals("training.enrolment.notPending", approveRefused.getMessageKey());
        assertEquals("training.enrolment.notPending", declineRefused.getMessageKey());
        assertEquals(EnrolmentStatus.DECLINED, enrolment.getStatus());
        assertEquals("Not this year", enrolment.getDecisionComment());
    }

    @Test
    void cancellingOnTheDeadlineDaySaysWhetherASeatWasFreed() {
        CourseSession session = session(course(), 1);
        Enrolment seated = Enrolment.request(session, person("Ayu"), REQUESTED, 0);
        Enrolment queued = Enrolment.request(session, person("Bayu"), REQUESTED, 1);

        assertTrue(seated.cancel(CANCEL_BY));
        assertFalse(queued.cancel(CANCEL_BY));

        assertEquals(EnrolmentStatus.CANCELLED, seated.getStatus());
        assertEquals(EnrolmentStatus.CANCELLED, queued.getStatus());
    }

    @Test
    void cancellingAfterTheDeadlineIsRefusedAndTheSeatIsKept() {
        Enrolment enrolment = Enrolment.request(session(course(), 1), person("Ayu"), REQUESTED, 0);

        BusinessException refused = assertThrows(BusinessException.class, () -> enrolment.cancel(CANCEL_BY.plusDays(1)));

        assertEquals("training.enrolment.cancellationClosed", refused.getMessageKey());
        assertArrayEquals(new Object[] {CANCEL_BY}, refused.getParameters());
        assertEquals(EnrolmentStatus.ENROLLED, enrolment.getStatus());
    }

    @Test
    void aCancelledEnrolmentCannotBeCancelledAgain() {
        Enrolment enrolment = Enrolment.request(session(course(), 1), person("Ayu"), REQUESTED, 0);
        enrolment.cancel(ENROL_BY);

        BusinessException refused = assertThrows(BusinessException.class, () -> enrolment.cancel(ENROL_BY));

        assertEquals("training.enrolment.notCancellable", refused.getMessageKey());
    }

    @Test
    void theFirstInLineTakesAFreedSeatButSomeoneAlreadySeatedCannotBePromoted() {
        CourseSession session = session(course(), 1);
        Enrolment seated = Enrolment.request(session, person("Ayu"), REQUESTED, 0);
        Enrolment queued = Enrolment.request(session, person("Bayu"), REQUESTED, 1);

        queued.promote();

        assertEquals(EnrolmentStatus.ENROLLED, queued.getStatus());
        BusinessException refused = assertThrows(BusinessException.class, seated::promote);
        assertEquals("training.enrolment.notWaitlisted", refused.getMessageKey());
    }

    @Test
    void attendanceIsRecordedAsAPercentageOnlyForSeatedLearners() {
        CourseSession session = session(course(), 1);
        Enrolment seated = Enrolment.request(session, person("Ayu"), REQUESTED, 0);
        Enrolment queued = Enrolment.request(session, person("Bayu"), REQUESTED, 1);

        for (int wrong : new int[] {-1, 101}) {
            BusinessException refused = assertThrows(BusinessException.class, () -> seated.recordResults(wrong, true));
            assertEquals("training.enrolment.attendanceOutOfRange", refused.getMessageKey());
        }
        assertNull(seated.getAttendancePct());
        seated.recordResults(100, true);
        assertEquals(100, seated.getAttendancePct());
        seated.recordResults(0, false);
        assertEquals(0, seated.getAttendancePct());
        assertEquals(Boolean.FALSE, seated.getAssessmentPassed());

        BusinessException notSeated = assertThrows(BusinessException.class, () -> queued.recordResults(90, true));
        assertEquals("training.enrolment.notEnrolled", notSeated.getMessageKey());
        assertThrows(BusinessException.class, () -> queued.submitProject("Queue-free permits", "Online booking"));
    }

    @Test
    void completionListsEveryCriterionStillMissingWithTheNumbers() {
        Course course = demandingCourse();
        Enrolment enrolment = Enrolment.request(session(course, 5), person("Ayu"), REQUESTED, 0);
        enrolment.recordResults(75, false);
        enrolment.submitProject("Paperless permits", "Permit requests filed online").accept();
        enrolment.submitProject("Open budget data", "Monthly CSV export").giveBack();
        enrolment.submitProject("Chat assistant", "Answers citizens' FAQs");

        List<BusinessException> missing = enrolment.missingForCompletion();

        assertEquals(List.of("training.completion.attendance", "training.completion.assessment", "training.completion.projects"),
                missing.stream().map(BusinessException::getMessageKey).toList());
        assertArrayEquals(new Object[] {75, 80}, missing.get(0).getParameters());
        assertArrayEquals(new Object[] {1L, 2}, missing.get(2).getParameters());
        assertEquals(1, enrolment.acceptedProjects());
    }

    @Test
    void completingTooEarlyIsRefusedWithTheFirstMissingCriterionAndChangesNothing() {
        Enrolment enrolment = Enrolment.request(session(demandingCourse(), 5), person("Ayu"), REQUESTED, 0);
        enrolment.recordResults(80, null);
        enrolment.submitProject("Paperless permits", "Permit requests filed online").accept();
        enrolment.submitProject("Open budget data", "Monthly CSV export").accept();

        BusinessException refused = assertThrows(BusinessException.class, () -> enrolment.complete(FINISHED));

        assertEquals("training.completion.assessment", refused.getMessageKey());
        assertEquals(EnrolmentStatus.ENROLLED, enrolment.getStatus());
        assertNull(enrolment.getCompletedAt());
    }

    @Test
    void meetingEveryCriterionCompletesTheCourseAndIssuesACertificate() {
        Person ayu = person("Ayu");
        Enrolment enrolment = Enrolment.request(session(demandingCourse(), 5), ayu, REQUESTED, 0);
        enrolment.recordResults(80, true);
        enrolment.submitProject("Paperless permits", "Permit requests filed online").accept();
        enrolment.submitProject("Open budget data", "Monthly CSV export").accept();
        assertEquals(List.of(), enrolment.missingForCompletion());

        Certificate certificate = enrolment.complete(FINISHED);

        assertEquals(EnrolmentStatus.COMPLETED, enrolment.getStatus());
        assertEquals(FINISHED, enrolment.getCompletedAt());
        assertSame(enrolment, certificate.getEnrolment());
        assertSame(ayu, certificate.getEnrolment().getPerson());
        assertEquals(FINISHED, certificate.getIssuedAt());
        assertEquals(Certificate.CODE_LENGTH, certificate.getCode().length());
        assertTrue(certificate.isValid());
        BusinessException again = assertThrows(BusinessException.class, () -> enrolment.complete(FINISHED));
        assertEquals("training.enrolment.notEnrolled", again.getMessageKey());
    }

    @Test
    void withoutRecordedAttendanceTheLearnerCountsAsAbsent() {
        Enrolment enrolment = Enrolment.request(session(course(), 5), person("Ayu"), REQUESTED, 0);

        List<BusinessException> missing = enrolment.missingForCompletion();

        assertEquals(1, missing.size());
        assertEquals("training.completion.attendance", missing.get(0).getMessageKey());
        assertArrayEquals(new Object[] {0, 80}, missing.get(0).getParameters());
    }

    /** Default rules: 80% attendance, no assessment, no projects, no approval. */
    private Course course() {
        return new Course(track, "Working with open data", CourseFormat.BLENDED, 16);
    }

    private Course demandingCourse() {
        Course course = course();
        course.setAttendanceRequiredPct(80);
        course.setAssessmentRequired(true);
        course.setPracticeProjectsRequired(2);
        return course;
    }

    private static CourseSession session(Course course, int capacity) {
        return new CourseSession(course, STARTS, ENDS, "Jakarta, Medan Merdeka Barat 9", capacity, ENROL_BY, CANCEL_BY);
    }

    private static Person person(String name) {
        return new Person(name, name.toLowerCase() + "@example.go.id", null, EnumSet.of(Role.CIVIL_SERVANT));
    }
}
