package org.govtechhub.cohort;

import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of cohorts and challenges that live in the entities: phases and their dates, the challenge workflow. */
class CohortRulesTest {

    private static final LocalDate CALL_START = LocalDate.of(2027, 1, 4);

    private final Programme civtech = new Programme("CivTech Scotland", ProgrammeKind.ACCELERATOR, null);
    private final Organisation transport = new Organisation("Transport Scotland", OrganisationKind.DEPARTMENT);

    /** CivTech's shape: challenges, applications, pitch, a 2-week pre-accelerator with 3 teams, a 3-month accelerator with 1. */
    private Cohort civtech10(String zone) {
        Cohort cohort = new Cohort(civtech, "CivTech 10", 10, zone);
        cohort.addPhase(new CohortPhase(PhaseKind.CALL_FOR_CHALLENGES, CALL_START, CALL_START.plusDays(27), null));
        cohort.addPhase(new CohortPhase(PhaseKind.APPLICATIONS, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28), null));
        cohort.addPhase(new CohortPhase(PhaseKind.PITCH_DAY, LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 15), null));
        cohort.addPhase(new CohortPhase(PhaseKind.PRE_ACCELERATOR, LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 2), 3));
        cohort.addPhase(new CohortPhase(PhaseKind.ACCELERATOR, LocalDate.of(2027, 4, 5), LocalDate.of(2027, 7, 2), 1));
        cohort.check();
        return cohort;
    }

    private Challenge complete(Cohort cohort) {
        Challenge challenge = new Challenge(cohort, transport, "Fewer missed rail connections");
        challenge.setProblem("Passengers miss connections at rural interchanges.");
        challenge.setGoalMetric("missed connections per month at 5 interchanges");
        challenge.setGoalTarget(new BigDecimal("30"));
        challenge.setGoalUnit("% fewer");
        challenge.setGoalDeadline(LocalDate.of(2027, 12, 31));
        return challenge;
    }

    @Test
    void theCurrentPhaseFollowsTheDatesInTheCohortsTimeZone() {
        Cohort cohort = civtech10("Asia/Kolkata");
        // 20:00 UTC on 31 January is already 1 February in India: applications are open there
        LocalDateTime evening = LocalDateTime.of(2027, 1, 31, 20, 0);
        assertEquals(PhaseKind.APPLICATIONS, cohort.currentPhase(evening).orElseThrow().getKind());
        assertEquals(PhaseKind.CALL_FOR_CHALLENGES, civtech10("Europe/London").currentPhase(evening).orElseThrow().getKind());
        assertTrue(cohort.isOpen(LocalDateTime.of(2027, 2, 28, 18, 0)), "23:30 on the last day in India");
        assertFalse(cohort.isOpen(LocalDateTime.of(2027, 2, 28, 19, 0)), "00:30 the next day in India");
    }

    @Test
    void anActionOutsideItsPhaseIsRefusedNamingThePhaseAndItsDates() {
        Cohort cohort = civtech10("Europe/London");
        BusinessException refused = assertThrows(BusinessException.class,
                () -> cohort.requirePhase(PhaseKind.APPLICATIONS, LocalDateTime.of(2027, 3, 1, 9, 0)));
        assertEquals("cohort.phase.closed", refused.getMessageKey());
        assertEquals(PhaseKind.APPLICATIONS, refused.getParameters()[0]);
        assertEquals(LocalDate.of(2027, 2, 1), refused.getParameters()[1]);
        assertEquals(LocalDate.of(2027, 2, 28), refused.getParameters()[2]);
        assertEquals("cohort.phase.missing", assertThrows(BusinessException.class,
                () -> cohort.requirePhase(PhaseKind.DEMO_DAY, LocalDateTime.of(2027, 3, 1, 9, 0))).getMessageKey());
    }

    @Test
    void phasesMustBeCompleteInOrderAndNotRepeated() {
        Cohort cohort = civtech10("UTC");
        cohort.addPhase(new CohortPhase(PhaseKind.DEMO_DAY, LocalDate.of(2027, 7, 9), LocalDate.of(2027, 7, 8), null));
        assertEquals("cohort.phase.endsBeforeStart", assertThrows(BusinessException.class, cohort::check).getMessageKey());
        Cohort early = civtech10("UTC");
        early.addPhase(new CohortPhase(PhaseKind.DEMO_DAY, LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 2), null));
        assertEquals("cohort.phase.order", assertThrows(BusinessException.class, early::check).getMessageKey());
        Cohort twice = civtech10("UTC");
        twice.addPhase(new CohortPhase(PhaseKind.ACCELERATOR, LocalDate.of(2027, 8, 1), LocalDate.of(2027, 8, 2), 1));
        assertEquals("cohort.phase.duplicate", assertThrows(BusinessException.class, twice::check).getMessageKey());
        assertEquals("cohort.timeZone.invalid", assertThrows(BusinessException.class, () -> civtech10("Mars/Olympus")).getMessageKey());
    }

    @Test
    void aChallengeIsSubmittedDuringTheCallReturnedWithACommentApprovedAndPublished() {
        Cohort cohort = civtech10("Europe/London");
        Challenge challenge = complete(cohort);
        LocalDateTime duringCall = LocalDateTime.of(2027, 1, 10, 10, 0);
        challenge.submit(duringCall);
        assertEquals(ChallengeStatus.SUBMITTED, challenge.getStatus());
        assertEquals("cohort.challenge.notEditable", assertThrows(BusinessException.class, challenge::requireEditable).getMessageKey());
        assertEquals("cohort.challenge.commentRequired", assertThrows(BusinessException.class, () -> challenge.returnForChanges(" ")).getMessageKey());
        challenge.returnForChanges("Name the five interchanges.");
        challenge.submit(duringCall);
        assertEquals("cohort.challenge.wrongStatus", assertThrows(BusinessException.class, () -> challenge.publish(duringCall)).getMessageKey());
        challenge.approve(null);
        challenge.publish(duringCall);
        assertEquals(ChallengeStatus.PUBLISHED, challenge.getStatus());
        assertEquals(duringCall, challenge.getPublishedAt());
    }

    @Test
    void aChallengeNeedsASmartGoalAndIsSubmittedOnlyDuringTheCall() {
        Cohort cohort = civtech10("Europe/London");
        Challenge vague = complete(cohort);
        vague.setGoalUnit(null);
        assertEquals("cohort.challenge.goalRequired", assertThrows(BusinessException.class,
                () -> vague.submit(LocalDateTime.of(2027, 1, 10, 10, 0))).getMessageKey());
        Challenge late = complete(cohort);
        assertEquals("cohort.phase.closed", assertThrows(BusinessException.class,
                () -> late.submit(LocalDateTime.of(2027, 2, 2, 10, 0))).getMessageKey());
    }

    @Test
    void teamsPerChallengeComeFromTheChallengeElseFromThePhase() {
        Challenge challenge = complete(civtech10("UTC"));
        assertEquals(3, challenge.teamsAllowed(PhaseKind.PRE_ACCELERATOR));
        assertEquals(1, challenge.teamsAllowed(PhaseKind.ACCELERATOR));
        challenge.limitTeams(PhaseKind.PRE_ACCELERATOR, 2);
        assertEquals(2, challenge.teamsAllowed(PhaseKind.PRE_ACCELERATOR));
        assertEquals("cohort.challenge.teamsPositive", assertThrows(BusinessException.class,
                () -> challenge.limitTeams(PhaseKind.ACCELERATOR, 0)).getMessageKey());
    }
}
