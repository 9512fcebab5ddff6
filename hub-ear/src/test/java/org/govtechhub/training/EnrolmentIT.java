package org.govtechhub.training;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
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

import javax.naming.InitialContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Civil servants enrol in course sessions: approval, capacity and waitlist, deadlines, prerequisites. */
@ExtendWith(ArquillianExtension.class)
class EnrolmentIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(EnrolmentIT.class, TrainingFixture.class).build();
    }

    @Inject
    private TrainingFixture fixture;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private NotificationService notifications;

    private static String refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void fiftySimultaneousEnrolmentsIntoTwentySeatsLeaveTwentyEnrolledAndThirtyWaitlistedInArrivalOrder() throws Exception {
        CourseSession session = fixture.openSession(fixture.course("Data for policy", 16, false), 20);
        List<Person> learners = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            learners.add(fixture.civilServant("Learner " + i));
        }
        ManagedExecutorService executor = (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Enrolment>> results = new ArrayList<>();
        for (Person learner : learners) {
            results.add(executor.submit(() -> {
                start.await();
                return enrolments.enrol(learner.getEmail(), session.getId());
            }));
        }
        start.countDown();
        for (Future<Enrolment> result : results) {
            result.get(60, TimeUnit.SECONDS);
        }

        List<Enrolment> roster = enrolments.roster(session.getId());
        List<Enrolment> byArrival = roster.stream().sorted(Comparator.comparing(Enrolment::getRequestedAt)
                .thenComparing(Enrolment::getQueueNumber)).toList();
        assertEquals(50, roster.size());
        assertEquals(20, roster.stream().filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED).count());
        assertEquals(30, roster.stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED).count());
        for (int i = 0; i < 50; i++) {
            Enrolment e = byArrival.get(i);
            assertEquals(i < 20 ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED, e.getStatus(), "arrival " + i);
            assertEquals(i < 20 ? 0 : i - 19, e.getQueueNumber(), "queue place of arrival " + i);
        }
    }

    @Test
    void aCancellationGivesTheSeatToTheFirstInLineWhoIsNotified() {
        CourseSession session = fixture.openSession(fixture.course("Prototyping sprint", 24, false), 1);
        Person first = fixture.civilServant("Fiona MacLeod");
        Person second = fixture.civilServant("Aroha Ngata");
        Person third = fixture.civilServant("Dana Whitfield");
        Enrolment seat = enrolments.enrol(first.getEmail(), session.getId());
        Enrolment nextInLine = enrolments.enrol(second.getEmail(), session.getId());
        enrolments.enrol(third.getEmail(), session.getId());

        enrolments.cancel(first.getEmail(), seat.getId());

        assertEquals(EnrolmentStatus.ENROLLED, enrolments.get(nextInLine.getId()).getStatus());
        assertEquals(1, enrolments.roster(session.getId()).stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED).count());
        assertEquals("notification.training.promoted",
                notifications.latestFor(second.getEmail()).stream().findFirst().map(Notification::getMessageKey).orElse(""));
    }

    @Test
    void theLineManagerApprovesOrDeclinesWithAComment() {
        Course course = fixture.course("Procurement of innovation", 30, true);
        CourseSession session = fixture.openSession(course, 10);
        Person manager = fixture.civilServant("Ewan Stewart");
        Person learner = fixture.civilServant("Fiona MacLeod");
        Person colleague = fixture.civilServant("Aroha Ngata");
        fixture.reportsTo(learner, manager);
        fixture.reportsTo(colleague, manager);

        Enrolment request = enrolments.enrol(learner.getEmail(), session.getId());
        Enrolment other = enrolments.enrol(colleague.getEmail(), session.getId());

        assertEquals(EnrolmentStatus.PENDING_APPROVAL, request.getStatus());
        assertEquals(2, enrolments.awaitingApprovalBy(manager.getEmail()).stream()
                .filter(e -> e.getSession().equals(session)).count());
        assertEquals("error.notFound", refusal(() -> enrolments.approve(learner.getEmail(), request.getId(), "self-approval")));
        assertEquals(EnrolmentStatus.ENROLLED, enrolments.approve(manager.getEmail(), request.getId(), "Go ahead").getStatus());
        assertEquals("training.enrolment.commentRequired", refusal(() -> enrolments.decline(manager.getEmail(), other.getId(), " ")));
        assertEquals(EnrolmentStatus.DECLINED, enrolments.decline(manager.getEmail(), other.getId(), "Next quarter").getStatus());
    }

    @Test
    void withoutALineManagerACourseNeedingApprovalIsRefused() {
        CourseSession session = fixture.openSession(fixture.course("Leading experiments", 12, true), 10);

        assertEquals("training.enrolment.noLineManager",
                refusal(() -> enrolments.enrol(fixture.civilServant("Tom Becker").getEmail(), session.getId())));
    }

    @Test
    void deadlinesDoubleEnrolmentAndPrerequisitesAreRefusedWithTheirReason() {
        Course basics = fixture.course("Data basics", 8, false);
        Course advanced = fixture.course("Advanced analytics", 16, false, basics);
        Person learner = fixture.civilServant("Fiona MacLeod");
        CourseSession closed = fixture.session(basics, 10, LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
        CourseSession open = fixture.openSession(basics, 10);
        CourseSession lateCancel = fixture.session(fixture.course("UX research", 8, false), 10,
                LocalDate.now().plusDays(5), LocalDate.now().minusDays(1));

        assertEquals("training.enrolment.deadlinePassed", refusal(() -> enrolments.enrol(learner.getEmail(), closed.getId())));
        enrolments.enrol(learner.getEmail(), open.getId());
        assertEquals("training.enrolment.duplicate", refusal(() -> enrolments.enrol(learner.getEmail(), open.getId())));
        assertEquals("training.enrolment.prerequisitesMissing",
                refusal(() -> enrolments.enrol(learner.getEmail(), fixture.openSession(advanced, 10).getId())));
        Enrolment cannotCancel = enrolments.enrol(learner.getEmail(), lateCancel.getId());
        assertEquals("training.enrolment.cancellationClosed", refusal(() -> enrolments.cancel(learner.getEmail(), cannotCancel.getId())));
    }

    @Test
    void nobodyCanCancelSomeoneElsesEnrolmentEvenByGuessingItsId() {
        CourseSession session = fixture.openSession(fixture.course("Storytelling with data", 6, false), 5);
        Enrolment mine = enrolments.enrol(fixture.civilServant("Fiona MacLeod").getEmail(), session.getId());

        assertEquals("error.notFound", refusal(() -> enrolments.cancel(fixture.civilServant("Intruder").getEmail(), mine.getId())));
        assertFalse(enrolments.get(mine.getId()).getStatus() == EnrolmentStatus.CANCELLED);
        assertTrue(enrolments.get(mine.getId()).getStatus().isActive());
    }
}
