package org.govtechhub.cohort;

import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationKind;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.ReportTable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of accepted startups' milestones, KPIs and outcomes that live in the entities, and the impact arithmetic. */
class OutcomeRulesTest {

    private static final LocalDate DUE = LocalDate.of(2027, 5, 31);

    private final Organisation transport = new Organisation("Transport Scotland", OrganisationKind.DEPARTMENT);
    private final Organisation startup = new Organisation("GreenRoute", OrganisationKind.STARTUP);

    /** An application to a challenge of a cohort in this time zone, walked through the funnel to {@code status}. */
    private Application application(String zone, ApplicationStatus status) {
        Cohort cohort = new Cohort(new Programme("CivTech Scotland", ProgrammeKind.ACCELERATOR, null), "CivTech 10", 10, zone);
        cohort.addPhase(new CohortPhase(PhaseKind.CALL_FOR_CHALLENGES, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 31), null));
        cohort.addPhase(new CohortPhase(PhaseKind.APPLICATIONS, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28), null));
        cohort.addPhase(new CohortPhase(PhaseKind.ACCELERATOR, LocalDate.of(2027, 4, 5), LocalDate.of(2027, 7, 2), 1));
        Challenge challenge = new Challenge(cohort, transport, "Fewer missed rail connections");
        challenge.setProblem("Passengers miss connections at rural interchanges.");
        challenge.setGoalMetric("missed connections per month");
        challenge.setGoalTarget(new BigDecimal("30"));
        challenge.setGoalUnit("% fewer");
        challenge.setGoalDeadline(LocalDate.of(2027, 12, 31));
        LocalDateTime duringCall = LocalDateTime.of(2027, 1, 10, 10, 0);
        challenge.submit(duringCall);
        challenge.approve(null);
        challenge.publish(duringCall);
        Application application = new Application(challenge, startup, new Person("Sara", "sara@example.org", startup, EnumSet.of(Role.STARTUP)));
        LocalDateTime now = LocalDateTime.of(2027, 2, 10, 10, 0);
        for (ApplicationStatus next : List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE, ApplicationStatus.SHORTLISTED,
                ApplicationStatus.PITCHED, ApplicationStatus.ACCEPTED)) {
            if (application.getStatus() == status) {
                break;
            }
            application.moveTo(next, now);
        }
        return application;
    }

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void aMilestoneIsOverdueOnlyOnceItsDueDayHasEndedInTheCohortsTimeZone() {
        Milestone india = new Milestone(application("Asia/Kolkata", ApplicationStatus.ACCEPTED), "First pilot users", "50 users by 31 May", DUE);
        Milestone london = new Milestone(application("Europe/London", ApplicationStatus.ACCEPTED), "First pilot users", "50 users by 31 May", DUE);
        Milestone kiritimati = new Milestone(application("Pacific/Kiritimati", ApplicationStatus.ACCEPTED), "First pilot users", "50 users", DUE);

        // 18:29 UTC is 23:59 on 31 May in India, 18:31 UTC is 00:01 on 1 June there, and still 19:31 on 31 May in London
        assertFalse(india.isOverdue(LocalDateTime.of(2027, 5, 31, 18, 29)));
        assertTrue(india.isOverdue(LocalDateTime.of(2027, 5, 31, 18, 31)));
        assertFalse(london.isOverdue(LocalDateTime.of(2027, 5, 31, 18, 31)));
        assertTrue(london.isOverdue(LocalDateTime.of(2027, 5, 31, 23, 0)), "midnight in London (BST)");
        // UTC+14: overdue while it is still the due day in UTC (the daily check looks one day ahead of UTC for this)
        assertTrue(kiritimati.isOverdue(LocalDateTime.of(2027, 5, 31, 10, 0)));
        assertFalse(kiritimati.isOverdue(LocalDateTime.of(2027, 5, 31, 9, 59)));
    }

    @Test
    void aDoneMilestoneIsNeverOverdueAMissedOneIsAndEachIsFlaggedOnce() {
        LocalDateTime june = LocalDateTime.of(2027, 6, 10, 9, 0);
        Milestone done = new Milestone(application("Europe/London", ApplicationStatus.ACCEPTED), "Pilot live", "Live in 5 interchanges", DUE);
        assertEquals("cohort.milestone.evidenceRequired", key(() -> done.complete("  ")));
        done.complete("https://example.org/pilot-report.pdf");
        assertEquals(MilestoneStatus.DONE, done.getStatus());
        assertFalse(done.isOverdue(june));
        assertFalse(done.flagIfOverdue(june));
        assertEquals("cohort.milestone.alreadyDone", key(done::miss));

        Milestone missed = new Milestone(application("Europe/London", ApplicationStatus.ACCEPTED), "Pilot live", "Live in 5 interchanges", DUE);
        missed.miss();
        assertTrue(missed.isOverdue(june), "not done and past due");
        assertTrue(missed.flagIfOverdue(june));
        assertEquals(LocalDate.of(2027, 6, 10), missed.getOverdueFlaggedOn());
        assertFalse(missed.flagIfOverdue(june.plusDays(1)), "flagged once");

        missed.reschedule(LocalDate.of(2027, 6, 30));
        assertEquals(MilestoneStatus.PLANNED, missed.getStatus());
        assertFalse(missed.isOverdue(june.plusDays(1)));
        assertTrue(missed.flagIfOverdue(LocalDateTime.of(2027, 7, 1, 9, 0)), "a new due date can be flagged again");
    }

    @Test
    void onlyAnAcceptedApplicationHasMilestonesKpisAndAnOutcome() {
        Application pitched = application("UTC", ApplicationStatus.PITCHED);
        assertEquals(ApplicationStatus.PITCHED, pitched.getStatus());
        assertEquals("cohort.outcome.notAccepted", key(() -> new Milestone(pitched, "Pilot", "Pilot", DUE)));
        assertEquals("cohort.outcome.notAccepted", key(() -> new KpiReport(pitched, YearMonth.of(2027, 5), LocalDateTime.of(2027, 6, 1, 0, 0))));
        assertEquals("cohort.outcome.notAccepted", key(() -> new Outcome(pitched)));
    }

    @Test
    void theInnovationStageMovesOnlyForward() {
        Outcome outcome = new Outcome(application("UTC", ApplicationStatus.ACCEPTED));
        assertEquals(InnovationStage.IDEA, outcome.getStage());
        outcome.moveTo(InnovationStage.PILOT);
        outcome.moveTo(InnovationStage.PILOT);
        assertEquals(InnovationStage.PILOT, outcome.getStage());

        BusinessException back = assertThrows(BusinessException.class, () -> outcome.moveTo(InnovationStage.MVP));
        assertEquals("cohort.outcome.stageBackwards", back.getMessageKey());
        assertArrayEquals(new Object[] {"GreenRoute", InnovationStage.PILOT, InnovationStage.MVP}, back.getParameters());
        assertEquals(InnovationStage.PILOT, outcome.getStage());
        outcome.moveTo(InnovationStage.ADOPTION_AND_SCALING);
        assertEquals("cohort.outcome.stageBackwards", key(() -> outcome.moveTo(InnovationStage.IDEA)));
        assertEquals("cohort.outcome.stageRequired", key(() -> outcome.moveTo(null)));
    }

    @Test
    void aPilotIsWithADepartmentAndEndsAfterItStartsAContractHasAValueAndADate() {
        Outcome outcome = new Outcome(application("UTC", ApplicationStatus.ACCEPTED));
        outcome.setPilotDepartment(startup);
        assertEquals("cohort.outcome.pilotNotDepartment", key(outcome::check));
        outcome.setPilotDepartment(transport);
        outcome.setPilotStartsOn(LocalDate.of(2027, 5, 1));
        outcome.setPilotEndsOn(LocalDate.of(2027, 4, 30));
        assertEquals("cohort.outcome.pilotEndsBeforeStart", key(outcome::check));
        outcome.setPilotEndsOn(LocalDate.of(2027, 5, 1));
        outcome.setContractValue(new BigDecimal("120000"));
        assertEquals("cohort.outcome.contractIncomplete", key(outcome::check));
        outcome.setContractSignedOn(LocalDate.of(2027, 7, 1));
        outcome.check();
        assertTrue(outcome.hasContract());
    }

    @Test
    void kpisAreReportedForMonthsThatHaveBegunInTheCohortsTimeZoneAndAreNeverNegative() {
        LocalDateTime lateOn31May = LocalDateTime.of(2027, 5, 31, 20, 0);
        KpiReport june = new KpiReport(application("Asia/Kolkata", ApplicationStatus.ACCEPTED), YearMonth.of(2027, 6), lateOn31May);
        assertEquals(LocalDate.of(2027, 6, 1), june.getMonthStart());
        assertEquals("cohort.kpi.futureMonth",
                key(() -> new KpiReport(application("Europe/London", ApplicationStatus.ACCEPTED), YearMonth.of(2027, 6), lateOn31May)));
        assertEquals("cohort.kpi.negative", key(() -> june.report(10, new BigDecimal("-1"), 0, 0)));
        assertEquals("cohort.kpi.negative", key(() -> june.report(-1, BigDecimal.ZERO, 0, 0)));
        june.report(120, new BigDecimal("4500.50"), 1, 3);
        assertEquals(120, june.getUsers());
        assertEquals(YearMonth.of(2027, 6), june.getMonth());
    }

    @Test
    void impactFiguresAddUpTheStagesAndGiveSharesOfParticipantsWithOneDecimal() {
        List<ImpactFigures.StageFigures> stages = List.of(
                ImpactFigures.StageFigures.none(InnovationStage.IDEA),
                new ImpactFigures.StageFigures(InnovationStage.MVP, 1, 0, 0, null, new BigDecimal("50000"), 1),
                new ImpactFigures.StageFigures(InnovationStage.PILOT, 1, 1, 1, new BigDecimal("120000.50"), new BigDecimal("250000"), 4),
                new ImpactFigures.StageFigures(InnovationStage.ADOPTION_AND_SCALING, 1, 0, 1, new BigDecimal("80000"), null, 2));
        ImpactFigures figures = new ImpactFigures(ImpactFigures.Scope.COHORT, 1L, "2027", "Startup in Residence", 5, 4, 2, 4, stages, java.util.Map.of());

        assertEquals(new BigDecimal("25.0"), figures.continuingPercent(), "1 of 4");
        assertEquals(new BigDecimal("50.0"), figures.withContractPercent(), "2 of 4");
        assertEquals(new BigDecimal("200000.50"), figures.contractValue());
        assertEquals(new BigDecimal("300000.00"), figures.investmentRaised());
        assertEquals(7, figures.jobsCreated());
        assertEquals(1, figures.notRecorded());
        assertEquals(new BigDecimal("66.7"), ImpactFigures.percent(2, 3));
        assertEquals(new BigDecimal("0.0"), ImpactFigures.percent(0, 0));

        List<ReportTable> tables = figures.tables();
        assertEquals(List.of("headline", "stages"), tables.stream().map(ReportTable::id).toList());
        assertEquals(List.of(new ReportTable.Label("cohort_impact.applications"), 5L), tables.get(0).rows().get(0));
        assertEquals(9, tables.get(0).rows().size());
        assertEquals(new ReportTable.Label("InnovationStage.PILOT"), tables.get(1).rows().get(2).get(0));
        assertEquals(new ReportTable.Label("cohort_impact.notRecorded"), tables.get(1).rows().get(4).get(0));
    }
}
