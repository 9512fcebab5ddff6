package org.govtechhub.cohort;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.identity.Role;
import org.govtechhub.it.HubClient;
import org.govtechhub.mentoring.MatchingRound;
import org.govtechhub.mentoring.MatchingService;
import org.govtechhub.mentoring.MentoringFixture;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.it.QueryCounter;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.Notification;
import org.govtechhub.shared.NotificationService;
import org.govtechhub.shared.ReportTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accepted startups' milestones, KPIs and outcomes, and the impact report, on the real database: figures computed by
 * hand, the same figures as open data over HTTP (the packaged application is deployed next to the services), a
 * startup kept out of another's milestones, overdue milestones flagged once.
 */
@ExtendWith(ArquillianExtension.class)
class ImpactIT {

    private static final String SERVICES = "services";
    private static final String PASSWORD = "Impact-report-2026!";

    @Deployment(name = SERVICES, order = 1)
    static Archive<?> services() {
        return HubDeployment.services().with(ImpactIT.class, CohortFixture.class, MentoringFixture.class, HubClient.class, QueryCounter.class).build();
    }

    /** The application as users get it, for the open-data API. */
    @Deployment(name = "application", order = 2, testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Inject
    private CohortFixture fixture;

    @Inject
    private ApplicationService applications;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private MilestoneService milestones;

    @Inject
    private ImpactService impact;

    @Inject
    private NotificationService notifications;

    @Inject
    private QueryCounter queries;

    @Inject
    private MentoringFixture mentoring;

    @Inject
    private MatchingService matching;

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    private Outcome record(Application application, InnovationStage stage, Function<Outcome, Outcome> details) {
        return outcomes.record(details.apply(outcomes.outcomeOf(application.getId())), stage);
    }

    private static Outcome with(Outcome outcome, String contract, LocalDate signedOn, String investment, int jobs, boolean continued) {
        outcome.setContractValue(contract == null ? null : new BigDecimal(contract));
        outcome.setContractSignedOn(signedOn);
        outcome.setInvestmentRaised(investment == null ? null : new BigDecimal(investment));
        outcome.setJobsCreated(jobs);
        outcome.setContinuedCooperation(continued);
        return outcome;
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static void assertFigures(JsonObject json, long applications, long participants, long departments, long civilServants,
                                      String continuing, String withContract, String contractValue, String investment, long jobs) {
        assertEquals(applications, json.getJsonNumber("applications").longValue(), "applications");
        assertEquals(participants, json.getJsonNumber("participants").longValue(), "participants");
        assertEquals(departments, json.getJsonNumber("departmentsWithChallenges").longValue(), "departments");
        assertEquals(civilServants, json.getJsonNumber("civilServantsInvolved").longValue(), "civil servants");
        assertEquals(0, new BigDecimal(continuing).compareTo(json.getJsonNumber("continuingCooperationPercent").bigDecimalValue()), "continuing");
        assertEquals(0, new BigDecimal(withContract).compareTo(json.getJsonNumber("withContractPercent").bigDecimalValue()), "with a contract");
        assertEquals(0, new BigDecimal(contractValue).compareTo(json.getJsonNumber("totalContractValue").bigDecimalValue()), "contract value");
        assertEquals(0, new BigDecimal(investment).compareTo(json.getJsonNumber("investmentRaised").bigDecimalValue()), "investment");
        assertEquals(jobs, json.getJsonNumber("jobsCreated").longValue(), "jobs");
    }

    @Test
    @OperateOnDeployment(SERVICES)
    void aCohortAndItsProgrammeGiveExactlyTheHandComputedFiguresInTheReportAndAsOpenData() throws Exception {
        LocalDate today = Clock.now().toLocalDate();
        // departments: D1 with 3 people with roles (one holds two) and one without; D2 with 1; D3 only drafted a challenge
        Organisation d1 = fixture.department("Permits Office");
        Person s1 = fixture.staff(d1, "Anna de Vries");
        fixture.member(d1, "Bram Jansen", Role.DEPARTMENT, Role.CIVIL_SERVANT);
        fixture.member(d1, "Carla Smit", Role.CIVIL_SERVANT);
        fixture.member(d1, "No Role");
        Organisation d2 = fixture.department("Mobility Office");
        Person s3 = fixture.staff(d2, "Dirk Visser");
        Organisation d3 = fixture.department("Archive Office");
        Person s4 = fixture.staff(d3, "Eva Bakker");

        Cohort cohort = fixture.openCohort();
        Challenge c1 = fixture.published(cohort, s1, CohortFixture.unique("Permits"));
        Challenge c2 = fixture.published(cohort, s1, CohortFixture.unique("Permit tracker"));
        Challenge c3 = fixture.published(cohort, s3, CohortFixture.unique("Deliveries"));
        fixture.draft(cohort, s4, CohortFixture.unique("Archive search"));

        Application a = fixture.accepted(c1, fixture.founder("OpenPermit", 3, "govtech"));
        Application b = fixture.accepted(c2, fixture.founder("PermitPal", 3, "govtech"));
        Application c = fixture.accepted(c3, fixture.founder("QuietVan", 3, "mobility"));
        fixture.submitted(c1, fixture.founder("LatePermit", 3, "govtech"));
        Application rejected = fixture.submitted(c3, fixture.founder("LoudVan", 3, "mobility"));
        applications.move(rejected.getId(), ApplicationStatus.REJECTED);
        applications.draft(c2.getId(), fixture.founder("DraftCo", 3, "govtech").getEmail());

        record(a, InnovationStage.PILOT, o -> {
            o.setPilotDepartment(d1);
            o.setPilotStartsOn(today.minusMonths(2));
            o.setPilotEndsOn(today.minusDays(1));
            o.setEvaluationCriteria("Days from application to decision, before and after.");
            o.setPilotResult("From 40 to 18 days.");
            return with(o, "120000.50", today.minusDays(1), "250000", 4, true);
        });
        record(b, InnovationStage.ADOPTION_AND_SCALING, o -> with(o, "80000", today, null, 2, false));
        record(c, InnovationStage.MVP, o -> with(o, null, null, "50000", 1, false));

        // applications 5 (A, B, C, LatePermit, LoudVan; the draft is not one), participants 3, departments 2 (D1, D2),
        // civil servants 4 (3 of D1, 1 of D2), continuing 1 of 3, contract 2 of 3, 120000.50 + 80000, 250000 + 50000, 4 + 2 + 1
        ImpactFigures figures = impact.cohortFigures(cohort.getId());
        assertEquals(5, figures.applications());
        assertEquals(3, figures.participants());
        assertEquals(2, figures.departments());
        assertEquals(4, figures.civilServants());
        assertEquals(new BigDecimal("33.3"), figures.continuingPercent());
        assertEquals(new BigDecimal("66.7"), figures.withContractPercent());
        assertEquals(new BigDecimal("200000.50"), figures.contractValue());
        assertEquals(new BigDecimal("300000.00"), figures.investmentRaised());
        assertEquals(7, figures.jobsCreated());
        assertEquals(List.of(0L, 1L, 1L, 1L), figures.stages().stream().map(ImpactFigures.StageFigures::participants).toList());
        assertEquals(0, figures.notRecorded());

        List<ReportTable> tables = impact.cohortReport(cohort.getId());
        assertEquals(List.of("headline", "stages"), tables.stream().map(ReportTable::id).toList());
        assertEquals(List.of(5L, 3L, 2L, 4L, new BigDecimal("33.3"), new BigDecimal("66.7"), new BigDecimal("200000.50"),
                new BigDecimal("300000.00"), 7L), tables.get(0).rows().stream().map(r -> r.get(1)).toList());
        assertEquals(List.of(new ReportTable.Label("InnovationStage.PILOT"), 1L, 1L, 1L, new BigDecimal("120000.50"), new BigDecimal("250000.00"), 4L),
                tables.get(1).rows().get(2));

        // a second cohort of the programme: D1 again (counted once), D4 new with one person; H with an outcome, I without
        Cohort second = fixture.openCohort(cohort.getProgramme(), "2028");
        Organisation d4 = fixture.department("Harbour Office");
        Person s5 = fixture.staff(d4, "Femke de Boer");
        Application h = fixture.accepted(fixture.published(second, s1, CohortFixture.unique("Parking")), fixture.founder("ParkSense", 3, "mobility"));
        fixture.accepted(fixture.published(second, s5, CohortFixture.unique("Berths")), fixture.founder("BerthBook", 3, "mobility"));
        record(h, InnovationStage.IDEA, o -> with(o, null, null, "10000", 1, true));

        ImpactFigures secondFigures = impact.cohortFigures(second.getId());
        assertEquals(2, secondFigures.participants());
        assertEquals(1, secondFigures.notRecorded(), "BerthBook's outcome is not recorded");
        assertEquals(new BigDecimal("50.0"), secondFigures.continuingPercent());
        // programme: applications 7, participants 5, departments 3, civil servants 5, continuing 2 of 5, contract 2 of 5
        ImpactFigures programme = impact.programmeFigures(cohort.getProgramme().getId());
        assertEquals(7, programme.applications());
        assertEquals(5, programme.participants());
        assertEquals(3, programme.departments());
        assertEquals(5, programme.civilServants());
        assertEquals(new BigDecimal("40.0"), programme.continuingPercent());
        assertEquals(new BigDecimal("40.0"), programme.withContractPercent());
        assertEquals(new BigDecimal("200000.50"), programme.contractValue());
        assertEquals(new BigDecimal("310000.00"), programme.investmentRaised());
        assertEquals(8, programme.jobsCreated());

        // the same figures as open data, for anyone, without signing in
        HubClient visitor = new HubClient();
        HttpResponse<String> cohortJson = visitor.get("api/impact/cohorts/" + cohort.getId());
        assertEquals(200, cohortJson.statusCode(), cohortJson.body());
        assertTrue(cohortJson.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject cohortOpen = json(cohortJson);
        assertEquals("cohort", cohortOpen.getString("scope"));
        assertEquals(cohort.getProgramme().getName(), cohortOpen.getString("programme"));
        assertFigures(cohortOpen, 5, 3, 2, 4, "33.3", "66.7", "200000.50", "300000.00", 7);
        HttpResponse<String> programmeJson = visitor.get("api/impact/programmes/" + cohort.getProgramme().getId());
        assertEquals(200, programmeJson.statusCode(), programmeJson.body());
        assertFigures(json(programmeJson), 7, 5, 3, 5, "40.0", "40.0", "200000.50", "310000.00", 8);

        for (String unknown : new String[] {"api/impact/cohorts/999999999999", "api/impact/programmes/999999999999", "api/impact/cohorts/abc"}) {
            HttpResponse<String> missing = visitor.get(unknown);
            assertEquals(404, missing.statusCode(), unknown);
            assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), unknown);
            assertEquals(404, json(missing).getInt("status"), unknown);
        }
        HttpResponse<String> openApi = visitor.get("/openapi");
        assertTrue(openApi.body().contains("/api/impact/cohorts/{id}") && openApi.body().contains("/api/impact/programmes/{id}"), openApi.body());
        assertEquals(302, visitor.get("api/me").statusCode(), "the rest of the API still needs signing in");
        assertEquals(302, visitor.get("api/organisations").statusCode());
    }

    @Test
    @OperateOnDeployment(SERVICES)
    void theManagerOpensTheReportItsExportsAndTheOutcomesAndAStartupOnlyItsOwnMilestones() throws Exception {
        LocalDate today = Clock.now().toLocalDate();
        Cohort cohort = fixture.openCohort();
        Person staff = fixture.staff(fixture.department("Parks Office"), "Lotte Hendriks");
        Person sara = fixture.founder("TreeCount", 3, "govtech", PASSWORD);
        Application saras = fixture.accepted(fixture.published(cohort, staff, CohortFixture.unique("Trees")), sara);
        Person tom = fixture.founder("BenchFix", 3, "govtech");
        Application toms = fixture.accepted(fixture.published(cohort, staff, CohortFixture.unique("Benches")), tom);
        record(saras, InnovationStage.PILOT, o -> with(o, "1000", today, "2000", 3, true));
        Milestone late = milestones.add(saras.getId(), CohortFixture.unique("Tree census"), "5000 trees counted", today.minusDays(2),
                sara.getEmail());
        milestones.add(toms.getId(), CohortFixture.unique("Bench survey"), "200 benches", today.plusDays(20), tom.getEmail());
        String startup = saras.getStartup().getName();

        HubClient manager = new HubClient();
        manager.signInAsDemo("manager");
        HttpResponse<String> report = manager.get("cohorts/manage/impact.xhtml?cohort=" + cohort.getId());
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(report.body().contains("Headline figures") && report.body().contains("Outcomes by innovation stage"), report.body());
        assertTrue(report.body().contains("Participants with a contract, %") && report.body().contains("hub-chart"));
        HttpResponse<byte[]> csv = manager.download("cohorts/manage/impact/cohort/" + cohort.getId() + ".csv?table=headline&lang=en");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("Applications,2\r\n") && text.contains("\"Participants with a contract, %\",50.0\r\n")
                && text.contains("Total contract value,1000.00"), text);
        String russian = new String(manager.download("cohorts/manage/impact/cohort/" + cohort.getId() + ".csv?table=stages&lang=ru").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(russian.contains("Пилот,1,1,1,1000.00,2000.00,3") && russian.contains("Результат ещё не записан,1"), russian);
        HttpResponse<byte[]> xlsx = manager.download("cohorts/manage/impact/programme/" + cohort.getProgramme().getId() + ".xlsx?table=stages");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        assertEquals(404, manager.download("cohorts/manage/impact/cohort/999999999999.csv?table=headline").statusCode());
        assertEquals(200, manager.get("cohorts/manage/impact.xhtml?programme=" + cohort.getProgramme().getId()).statusCode());
        HttpResponse<String> choose = manager.get("cohorts/manage/impact.xhtml");
        assertEquals(200, choose.statusCode());
        assertTrue(choose.body().contains(cohort.getProgramme().getName()), "the cohorts to choose from");
        assertEquals(404, manager.get("cohorts/manage/impact.xhtml?cohort=999999999999").statusCode());
        assertEquals(404, manager.get("cohorts/manage/impact.xhtml?cohort=abc").statusCode());
        HttpResponse<String> outcomesPage = manager.get("cohorts/manage/outcomes.xhtml?cohort=" + cohort.getId());
        assertEquals(200, outcomesPage.statusCode(), outcomesPage.body());
        assertTrue(outcomesPage.body().contains(startup) && outcomesPage.body().contains(toms.getStartup().getName()), outcomesPage.body());
        assertEquals(404, manager.get("cohorts/manage/outcomes.xhtml?cohort=999999999999").statusCode());
        assertEquals(403, manager.get("cohorts/milestones.xhtml").statusCode(), "milestones are the startup's page");

        HubClient founder = new HubClient();
        founder.signIn(sara.getEmail(), PASSWORD);
        HttpResponse<String> mine = founder.get("cohorts/milestones.xhtml");
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains(late.getTitle()) && mine.body().contains("Overdue"), mine.body());
        assertTrue(!mine.body().contains(toms.getStartup().getName()) && !mine.body().contains("Bench survey"));
        assertEquals(404, founder.get("cohorts/milestones.xhtml?application=" + toms.getId()).statusCode(), "another startup's application");
        assertEquals(403, founder.get("cohorts/manage/impact.xhtml?cohort=" + cohort.getId()).statusCode());
        assertEquals(403, founder.download("cohorts/manage/impact/cohort/" + cohort.getId() + ".csv?table=headline").statusCode());
        assertEquals(302, new HubClient().get("cohorts/milestones.xhtml").statusCode(), "visitors sign in first");
    }

    @Test
    @OperateOnDeployment(SERVICES)
    void oneReportTakesFiveAggregatedQueriesHoweverManyStartupsItCovers() throws Exception {
        Cohort cohort = fixture.openCohort();
        Person staff = fixture.staff(fixture.department("Water Board"), "Gert Mulder");
        for (int i = 0; i < 4; i++) {
            Application accepted = fixture.accepted(fixture.published(cohort, staff, CohortFixture.unique("Leaks")), fixture.founder("Leak " + i, 3, "water"));
            record(accepted, InnovationStage.MVP, o -> with(o, "1000", Clock.now().toLocalDate(), "500", 1, true));
        }

        assertEquals(5, queries.statements(() -> impact.cohortReport(cohort.getId())));
        assertEquals(6, queries.statements(() -> impact.programmeReport(cohort.getProgramme().getId())), "and the funnel's reach");
        assertEquals(5, queries.statements(() -> impact.cohortFigures(cohort.getId())), "the open data: the same queries");
    }

    @Test
    @OperateOnDeployment(SERVICES)
    void theOutcomeIsRecordedOncePerAcceptedApplicationAndItsStageOnlyMovesForward() {
        Cohort cohort = fixture.openCohort();
        Person staff = fixture.staff(fixture.department("Tax Office"), "Hans Peters");
        Application accepted = fixture.accepted(fixture.published(cohort, staff, CohortFixture.unique("Returns")), fixture.founder("TaxBot", 3, "govtech"));
        Application eligible = fixture.submitted(fixture.published(cohort, staff, CohortFixture.unique("Refunds")), fixture.founder("RefundCo", 3, "govtech"));

        Outcome recorded = record(accepted, InnovationStage.ADOPTION_AND_SCALING, o -> with(o, null, null, null, 0, true));
        assertEquals(InnovationStage.ADOPTION_AND_SCALING, recorded.getStage());

        Outcome again = outcomes.outcomeOf(accepted.getId());
        BusinessException back = assertThrows(BusinessException.class, () -> outcomes.record(again, InnovationStage.PILOT));
        assertEquals("cohort.outcome.stageBackwards", back.getMessageKey());
        assertArrayEquals(new Object[] {accepted.getStartup().getName(), InnovationStage.ADOPTION_AND_SCALING, InnovationStage.PILOT},
                back.getParameters());
        assertEquals(InnovationStage.ADOPTION_AND_SCALING, outcomes.outcomeOf(accepted.getId()).getStage(), "nothing changed");
        assertEquals("cohort.outcome.duplicate", key(() -> outcomes.record(new Outcome(accepted), InnovationStage.IDEA)));
        assertEquals("cohort.outcome.notAccepted", key(() -> outcomes.outcomeOf(eligible.getId())));
        Outcome contractWithoutDate = outcomes.outcomeOf(accepted.getId());
        contractWithoutDate.setContractValue(new BigDecimal("5000"));
        assertEquals("cohort.outcome.contractIncomplete", key(() -> outcomes.record(contractWithoutDate, InnovationStage.ADOPTION_AND_SCALING)));
        assertEquals(List.of(accepted.getId()), outcomes.ofCohort(cohort.getId()).stream().map(o -> o.getApplication().getId()).toList(),
                "only accepted startups have an outcome form");
    }

    @Test
    @OperateOnDeployment(SERVICES)
    void aStartupNeverReadsOrWritesAnotherStartupsMilestonesOrKpisAlsoByGuessingIds() {
        Cohort cohort = fixture.openCohort();
        Person staff = fixture.staff(fixture.department("Health Office"), "Ilse Vos");
        Person sara = fixture.founder("CareLink", 3, "health");
        Person tom = fixture.founder("MediRoute", 3, "health");
        Application saras = fixture.accepted(fixture.published(cohort, staff, CohortFixture.unique("Waiting lists")), sara);
        Application toms = fixture.accepted(fixture.published(cohort, staff, CohortFixture.unique("Ambulances")), tom);
        Application saraPending = fixture.submitted(fixture.published(cohort, staff, CohortFixture.unique("Beds")), sara);
        LocalDate inAMonth = Clock.now().toLocalDate().plusMonths(1);
        Milestone milestone = milestones.add(saras.getId(), "Pilot in two clinics", "2 clinics use the waiting list by next month", inAMonth,
                sara.getEmail());
        KpiReport kpi = milestones.reportKpis(saras.getId(), YearMonth.from(Clock.now().toLocalDate()), 40, new BigDecimal("1200.00"), 1, 3,
                sara.getEmail());

        String t = tom.getEmail();
        assertEquals("error.notFound", key(() -> milestones.milestoneFor(milestone.getId(), t)));
        assertEquals("error.notFound", key(() -> milestones.complete(milestone.getId(), "done", t)));
        assertEquals("error.notFound", key(() -> milestones.miss(milestone.getId(), t)));
        assertEquals("error.notFound", key(() -> milestones.reschedule(milestone.getId(), inAMonth.plusDays(7), t)));
        assertEquals("error.notFound", key(() -> milestones.milestones(saras.getId(), t)));
        assertEquals("error.notFound", key(() -> milestones.add(saras.getId(), "Mine now", "x", inAMonth, t)));
        assertEquals("error.notFound", key(() -> milestones.kpis(saras.getId(), t)));
        assertEquals("error.notFound", key(() -> milestones.kpiFor(kpi.getId(), t)));
        assertEquals("error.notFound", key(() -> milestones.reportKpis(saras.getId(), YearMonth.from(inAMonth.minusMonths(1)), 1, BigDecimal.ONE, 0, 0, t)));
        assertEquals("error.notFound", key(() -> milestones.milestoneFor(milestone.getId(), staff.getEmail())), "nor a department");
        assertEquals("error.notFound", key(() -> milestones.milestones(saraPending.getId(), sara.getEmail())), "only accepted applications");
        assertEquals(List.of(toms.getId()), milestones.myAcceptedApplications(t).stream().map(Application::getId).toList());

        Milestone untouched = milestones.milestoneFor(milestone.getId(), sara.getEmail());
        assertEquals(MilestoneStatus.PLANNED, untouched.getStatus());
        assertEquals(inAMonth, untouched.getDueOn());
        assertEquals(List.of(kpi.getId()), milestones.kpis(saras.getId(), sara.getEmail()).stream().map(KpiReport::getId).toList());
        assertEquals(40, milestones.kpiFor(kpi.getId(), sara.getEmail()).getUsers());
        assertEquals("cohort.kpi.futureMonth", key(() -> milestones.reportKpis(saras.getId(), YearMonth.from(inAMonth.plusMonths(1)), 1,
                BigDecimal.ONE, 0, 0, sara.getEmail())));
        milestones.reportKpis(saras.getId(), kpi.getMonth(), 55, new BigDecimal("1500.00"), 1, 4, sara.getEmail());
        assertEquals(55, milestones.kpiFor(kpi.getId(), sara.getEmail()).getUsers(), "the same month reported again is corrected");
    }

    @Test
    @OperateOnDeployment(SERVICES)
    void anOverdueMilestoneIsFlaggedOnceToTheFoundersTheirMentorAndTheManager() {
        Cohort cohort = fixture.openCohort();
        Person staff = fixture.staff(fixture.department("Roads Office"), "Joost Kok");
        Person founder = fixture.founder("RoadScan", 3, "mobility");
        Person cofounder = fixture.member(founder.getOrganisation(), "Co-founder of RoadScan", Role.STARTUP);
        Person manager = fixture.manager("Karin Meijer");
        Application application = fixture.accepted(fixture.published(cohort, staff, CohortFixture.unique("Potholes")), founder);
        String expertise = MentoringFixture.uniqueExpertise();
        Person mentor = mentoring.mentor("Pieter de Vries", expertise, 1);
        mentoring.withNeeds(founder.getOrganisation(), expertise, 1);
        MatchingRound round = matching.run(matching.createRound(new MatchingRound("Roads " + java.util.UUID.randomUUID())).getId());
        mentoring.publishOnly(round, founder.getOrganisation());
        matching.accept(mentor.getEmail(), matching.ofMentor(mentor.getEmail()).get(0).getId());
        LocalDate today = Clock.now().toLocalDate();
        Milestone overdue = milestones.add(application.getId(), CohortFixture.unique("Pothole map"), "100 km mapped", today.minusDays(2),
                founder.getEmail());
        Milestone notYet = milestones.add(application.getId(), CohortFixture.unique("City-wide"), "1000 km mapped", today.plusDays(2),
                founder.getEmail());
        Milestone done = milestones.add(application.getId(), CohortFixture.unique("First drive"), "10 km mapped", today.minusDays(3),
                cofounder.getEmail());
        milestones.complete(done.getId(), "https://example.org/first-drive", cofounder.getEmail());

        assertTrue(milestones.flagOverdue() >= 1);

        for (Person person : List.of(founder, cofounder)) {
            List<Notification> told = notifications.latestFor(person.getEmail()).stream()
                    .filter(n -> n.getMessageKey().equals("notification.cohort.milestoneOverdue")).toList();
            assertEquals(1, told.size(), person.getFullName());
            assertArrayEquals(new Object[] {overdue.getTitle(), overdue.getDueOn().toString()}, told.get(0).parameterValues());
        }
        List<Notification> toManager = notifications.latestFor(manager.getEmail()).stream()
                .filter(n -> n.getMessageKey().equals("notification.cohort.milestoneOverdueManager")).toList();
        assertTrue(toManager.stream().anyMatch(n -> n.parameterValues()[0].equals(overdue.getTitle())
                && n.parameterValues()[2].equals(founder.getOrganisation().getName())), "the manager is told which startup");
        assertTrue(toManager.stream().noneMatch(n -> n.parameterValues()[0].equals(notYet.getTitle()) || n.parameterValues()[0].equals(done.getTitle())));

        List<Notification> toMentor = notifications.latestFor(mentor.getEmail()).stream()
                .filter(n -> n.getMessageKey().equals("notification.cohort.milestoneOverdueMentor")).toList();
        assertEquals(1, toMentor.size(), "the mentor is told once, of the overdue milestone only");
        assertArrayEquals(new Object[] {overdue.getTitle(), overdue.getDueOn().toString(), founder.getOrganisation().getName()},
                toMentor.get(0).parameterValues());

        milestones.flagOverdue();
        assertEquals(1, notifications.latestFor(founder.getEmail()).stream()
                .filter(n -> n.getMessageKey().equals("notification.cohort.milestoneOverdue")).count(), "flagged once");
        assertNotNull(milestones.milestoneFor(overdue.getId(), founder.getEmail()).getOverdueFlaggedOn());
        assertNull(milestones.milestoneFor(notYet.getId(), founder.getEmail()).getOverdueFlaggedOn());
    }
}
