package org.govtechhub.mentoring;

import jakarta.inject.Inject;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.ReportTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After matching: the mentor logs weekly meetings, the startup confirms and rates them, both check the fit. */
@ExtendWith(ArquillianExtension.class)
class SessionLogIT {

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(SessionLogIT.class, MentoringFixture.class).build();
    }

    @Inject
    private MentoringFixture fixture;

    @Inject
    private MatchingService matching;

    @Inject
    private SessionLogService sessions;

    @Inject
    private MentoringHealthService health;

    @Inject
    private NotificationService notifications;

    private Person mentor;
    private Person founder;
    private Organisation startup;
    private MentorMatch accepted;

    @BeforeEach
    void anAcceptedPairing() {
        String expertise = MentoringFixture.uniqueExpertise();
        mentor = fixture.mentor("Ravi Kumar", expertise, 1);
        startup = fixture.startup("OpenPermit", expertise, 1);
        founder = fixture.founder(startup, "Sara Lindqvist");
        MatchingRound round = matching.run(matching.createRound(new MatchingRound("Intake " + UUID.randomUUID())).getId());
        fixture.publishOnly(round, startup);
        MentorMatch published = matching.ofMentor(mentor.getEmail()).get(0);
        accepted = matching.accept(mentor.getEmail(), published.getId());
    }

    private MentoringSession meeting(LocalDate on, LocalDateTime next) {
        MentoringSession session = MentoringSession.blank();
        session.setHeldOn(on);
        session.setFormat(MeetingFormat.ONLINE);
        session.setTopics("Pilot scope with the permits department");
        session.setNextMeetingAt(next);
        return session;
    }

    @Test
    void theMentorLogsAMeetingWithActionsAndTheStartupConfirmsAndRatesIt() {
        MentoringSession logged = sessions.log(mentor.getEmail(), accepted.getId(), meeting(LocalDate.of(2026, 11, 24),
                LocalDateTime.of(2026, 12, 1, 16, 0)), List.of(new AgreedAction("Draft the pilot KPIs", "Sara", LocalDate.of(2026, 11, 30))));

        assertEquals("mentoring.session.ratingOutOfRange", assertThrows(BusinessException.class,
                () -> sessions.confirm(founder.getEmail(), logged.getId(), true, 6, null)).getMessageKey());
        sessions.confirm(founder.getEmail(), logged.getId(), true, 5, "Very useful");

        MentoringSession read = sessions.sessions(founder.getEmail(), accepted.getId()).get(0);
        assertEquals(5, read.getRating());
        assertEquals("Draft the pilot KPIs", read.getActions().get(0).getDescription());
        assertEquals("error.notFound", assertThrows(BusinessException.class,
                () -> sessions.sessions("someone-else@example.org", accepted.getId())).getMessageKey());
    }

    @Test
    void theHealthDashboardFlagsAQuietPairRemindsItsMentorAndListsOverdueActionsAndRatings() {
        MentoringSession old = sessions.log(mentor.getEmail(), accepted.getId(), meeting(LocalDate.now().minusDays(20), null),
                List.of(new AgreedAction("Send the pilot proposal", "Sara", LocalDate.now().minusDays(10))));
        sessions.confirm(founder.getEmail(), old.getId(), true, 4, null);

        List<ReportTable> report = health.report();
        int reminded = health.remindQuietPairs();

        assertTrue(rows(report, "quietPairs").stream().anyMatch(r -> r.get(5).equals(mentor.getEmail()) && ((Long) r.get(3)) >= 20));
        assertTrue(rows(report, "overdueActions").stream().anyMatch(r -> r.get(2).equals("Send the pilot proposal")));
        assertTrue(rows(report, "perPairAndMonth").stream().anyMatch(r -> r.get(2).equals(startup.getName()) && r.get(3).equals(1)));
        assertTrue(reminded >= 1);
        assertEquals("notification.mentoring.quiet", notifications.latestFor(mentor.getEmail()).get(0).getMessageKey());
    }

    private static List<List<Object>> rows(List<ReportTable> report, String id) {
        return report.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().rows();
    }

    @Test
    void theMentorsPlannedMeetingsAreInTheirCalendarFeedAndAWrongTokenShowsNothing() {
        sessions.log(mentor.getEmail(), accepted.getId(), meeting(LocalDate.of(2026, 11, 24), LocalDateTime.of(2026, 12, 1, 16, 0)), List.of());

        String token = sessions.calendarToken(mentor.getEmail());

        assertEquals(LocalDateTime.of(2026, 12, 1, 16, 0), sessions.plannedFor(token).get(0).getNextMeetingAt());
        assertTrue(sessions.plannedFor("not-a-token").isEmpty());
        assertEquals(token, sessions.calendarToken(mentor.getEmail()), "the token stays the same");
    }

    @Test
    void stillDecidingIsAskedAgainAfterTheNextMeetingAndNotAGoodFitEndsThePairing() {
        assertFalse(accepted.fitCheckDue(true, 0), "no question before the first meeting");
        sessions.log(mentor.getEmail(), accepted.getId(), meeting(LocalDate.of(2026, 11, 17), null), List.of());

        sessions.answerFit(founder.getEmail(), accepted.getId(), FitAnswer.STILL_DECIDING);
        assertEquals("mentoring.fit.notDue", assertThrows(BusinessException.class,
                () -> sessions.answerFit(founder.getEmail(), accepted.getId(), FitAnswer.GOOD_FIT)).getMessageKey());
        sessions.log(mentor.getEmail(), accepted.getId(), meeting(LocalDate.of(2026, 11, 24), null), List.of());
        MentorMatch ended = sessions.answerFit(founder.getEmail(), accepted.getId(), FitAnswer.NOT_A_GOOD_FIT);

        assertEquals(MatchStatus.ENDED, ended.getStatus());
        MatchingRound next = matching.run(matching.createRound(new MatchingRound("Re-pair " + UUID.randomUUID())).getId());
        assertTrue(matching.matchesOf(next).stream().noneMatch(m -> m.getStartup().equals(startup) && m.getMentor().equals(mentor)),
                "the ended pair is not proposed again");
    }
}
