package org.govtechhub.funnel;

import jakarta.inject.Inject;
import org.govtechhub.cohort.Application;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.CohortFixture;
import org.govtechhub.cohort.InnovationStage;
import org.govtechhub.cohort.Outcome;
import org.govtechhub.cohort.OutcomeService;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.it.QueryCounter;
import org.govtechhub.mentoring.MentoringFixture;
import org.govtechhub.shared.BusinessException;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.ReportTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The innovation funnel on the real database: a department's challenge, the startups' applications, a pilot, a contract
 * and the adoption are one initiative on one timeline; a challenge made of two citizens' ideas moves both; the figures
 * per department count who reached each stage and went on, in five aggregated statements; the manager and the
 * department read the funnel's pages and exports, a startup cannot, and a programme's open data carries its reach.
 */
@ExtendWith(ArquillianExtension.class)
class FunnelIT {

    private static final String SERVICES = "services";

    @Deployment(name = SERVICES, order = 1)
    static Archive<?> services() {
        return HubDeployment.services().with(FunnelIT.class, CohortFixture.class, MentoringFixture.class, HubClient.class, QueryCounter.class).build();
    }

    /** The application as users get it, for the pages and the open data. */
    @Deployment(name = "application", order = 2, testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Inject
    private CohortFixture fixture;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private FunnelService funnel;

    @Inject
    private QueryCounter queries;

    private Outcome record(Application application, InnovationStage stage, String contract, Organisation pilotWith) {
        Outcome outcome = outcomes.outcomeOf(application.getId());
        outcome.setPilotDepartment(pilotWith);
        outcome.setContractValue(contract == null ? null : new BigDecimal(contract));
        outcome.setContractSignedOn(contract == null ? null : Clock.now().toLocalDate());
        return outcomes.record(outcome, stage);
    }

    private static List<FunnelStage> stages(Initiative initiative) {
        return initiative.getTransitions().stream().map(StageTransition::getStage).toList();
    }

    /** The funnel table's "reached" column, stage by stage. */
    private static List<Object> reached(ReportTable funnelTable) {
        return funnelTable.rows().stream().map(r -> r.get(1)).toList();
    }

    @Test
    @OperateOnDeployment(SERVICES)
    void aChallengeItsApplicationsAPilotAContractAndTheAdoptionAreOneInitiativeOnOneTimeline() throws Exception {
        Cohort cohort = fixture.openCohort();
        Organisation roads = fixture.department(CohortFixture.unique("Roads Office"));
        Person staff = fixture.staff(roads, "Daan Visser");
        Challenge potholes = fixture.published(cohort, staff, CohortFixture.unique("Potholes reported by residents"));

        Initiative initiative = funnel.withRef("challenge:" + potholes.getId()).get(0);
        assertEquals(FunnelStage.CHALLENGE, initiative.getStage());
        assertEquals(roads, initiative.getDepartment());
        assertEquals(cohort.getProgramme().getId(), initiative.getProgrammeId());

        Application accepted = fixture.accepted(potholes, fixture.founder("HoleSpotter", 3, "govtech"));
        Application other = fixture.submitted(potholes, fixture.founder("RoadEye", 2, "govtech"));
        record(accepted, InnovationStage.PILOT, null, roads);
        Outcome contracted = record(accepted, InnovationStage.PILOT, "18000", roads);
        record(accepted, InnovationStage.ADOPTION_AND_SCALING, "18000", roads);

        assertEquals(List.of(initiative), funnel.withRef("application:" + other.getId()), "every application of the challenge is in it");
        Initiative timeline = funnel.timeline(initiative.getId());
        assertEquals(List.of(FunnelStage.CHALLENGE, FunnelStage.APPLICATION, FunnelStage.PILOT, FunnelStage.CONTRACT, FunnelStage.ADOPTION),
                stages(timeline));
        assertTrue(timeline.getRefs().containsAll(List.of("challenge:" + potholes.getId(), "application:" + accepted.getId(),
                "application:" + other.getId(), "outcome:" + contracted.getId())), timeline.getRefs().toString());
        StageTransition contract = timeline.getTransitions().get(3);
        assertEquals(FunnelStage.PILOT, contract.getFromStage());
        assertTrue(contract.getReason().contains(accepted.getStartup().getName()) && contract.getReason().contains("18000"), contract.getReason());
        assertTrue(timeline.getTransitions().subList(0, 4).stream().allMatch(t -> t.getSecondsInStage() != null && t.getLeftAt() != null),
                "each stage it left has its time in stage");

        List<ReportTable> report = funnel.report(new FunnelFilter(0, roads.getId(), null));
        assertEquals(List.of(0L, 1L, 1L, 1L, 1L, 1L), reached(report.get(0)), "no idea: it started as a challenge");
        assertEquals(List.of(roads.getName(), 0L, 1L, 1L, 1L, 1L, 1L), report.get(2).rows().get(0), "the department's row");
        assertEquals(5, queries.statements(() -> funnel.report(new FunnelFilter(0, roads.getId(), null))), "five aggregated statements");
    }

    @Test
    @OperateOnDeployment(SERVICES)
    void aChallengeMadeOfTwoCitizensIdeasMovesBothAndTheFiguresCountWhoWentOn() {
        Cohort cohort = fixture.openCohort();
        Organisation parks = fixture.department(CohortFixture.unique("Parks Office"));
        Person staff = fixture.staff(parks, "Lotte Hendriks");
        String benches = "idea:" + (System.nanoTime() % 1_000_000_000L);
        String shade = "idea:" + (System.nanoTime() % 1_000_000_000L + 1);
        String lonely = "idea:" + (System.nanoTime() % 1_000_000_000L + 2);
        funnel.record(FunnelStep.of(benches, FunnelStage.IDEA, "More benches in the park").department(parks.getId()));
        funnel.record(FunnelStep.of(shade, FunnelStage.IDEA, "Shade over the playground").department(parks.getId()));
        funnel.record(FunnelStep.of(lonely, FunnelStage.IDEA, "A dog park").department(parks.getId()));
        Challenge comfort = fixture.draft(cohort, staff, CohortFixture.unique("A park to stay in"));
        for (String idea : List.of(benches, shade)) {
            funnel.record(FunnelStep.of("challenge:" + comfort.getId(), FunnelStage.CHALLENGE, comfort.getTitle()).from(idea).because("made of the idea"));
        }
        fixture.published(cohort, staff, CohortFixture.unique("Another park challenge"));

        assertEquals(2, funnel.withRef("challenge:" + comfort.getId()).size(), "both ideas are in the challenge's initiatives");
        List<Object> reached = reached(funnel.report(new FunnelFilter(Clock.now().getYear(), parks.getId(), null)).get(0));
        assertEquals(List.of(3L, 3L, 0L, 0L, 0L, 0L), reached, "three ideas, two went on; one challenge posted directly");
        List<Object> ideaRow = funnel.report(new FunnelFilter(0, parks.getId(), null)).get(0).rows().get(0);
        assertEquals(2L, ideaRow.get(2), "ideas that went on");
        assertEquals(66.7, ideaRow.get(3), "conversion from idea to challenge, %");
        assertEquals("funnel.badRef", assertThrows(BusinessException.class,
                () -> funnel.record(FunnelStep.of("no reference", FunnelStage.IDEA, "x"))).getMessageKey());
    }

    @Test
    @OperateOnDeployment(SERVICES)
    void theManagerAndTheDepartmentReadTheFunnelAStartupCannotAndTheProgrammesOpenDataCarriesItsReach() throws Exception {
        Cohort cohort = fixture.openCohort();
        Organisation water = fixture.department(CohortFixture.unique("Water Board"));
        Challenge leaks = fixture.published(cohort, fixture.staff(water, "Gert Mulder"), CohortFixture.unique("Leaks found before they burst"));
        fixture.submitted(leaks, fixture.founder("LeakFinder", 3, "water"));
        Initiative initiative = funnel.withRef("challenge:" + leaks.getId()).get(0);

        for (String who : List.of("manager", "department")) {
            HubClient client = new HubClient();
            client.signInAsDemo(who);
            HttpResponse<String> report = client.get("funnel/report.xhtml?department=" + water.getId());
            assertEquals(200, report.statusCode(), report.body());
            assertTrue(report.body().contains("Innovation funnel") && report.body().contains("Reach, conversion and time in stage")
                    && report.body().contains(leaks.getTitle()) && report.body().contains("hub-chart"), report.body());
        }
        HubClient manager = new HubClient();
        manager.signInAsDemo("manager");
        HttpResponse<String> timeline = manager.get("funnel/initiative.xhtml?id=" + initiative.getId());
        assertEquals(200, timeline.statusCode(), timeline.body());
        assertTrue(timeline.body().contains("application:") && timeline.body().contains("LeakFinder"), timeline.body());
        assertEquals(404, manager.get("funnel/initiative.xhtml?id=999999999999").statusCode());
        assertEquals(404, manager.get("funnel/initiative.xhtml?id=abc").statusCode());
        String csv = new String(manager.download("funnel/export/0/" + water.getId() + "/0.csv?table=funnel&lang=ru").body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Задача,1,1,100.0") && csv.contains("Заявка,1,0"), csv);
        assertEquals(404, manager.download("funnel/export/x.csv?table=funnel").statusCode());
        String programme = manager.get("api/impact/programmes/" + cohort.getProgramme().getId()).body();
        assertTrue(programme.contains("\"funnel\"") && programme.contains("\"stage\":\"APPLICATION\""), programme);
        HttpResponse<String> impactPage = manager.get("cohorts/manage/impact.xhtml?programme=" + cohort.getProgramme().getId());
        assertTrue(impactPage.body().contains("initiatives in the innovation funnel"), impactPage.body());

        HubClient founder = new HubClient();
        founder.signInAsDemo("founder");
        assertEquals(403, founder.get("funnel/report.xhtml").statusCode());
        assertEquals(403, founder.download("funnel/export/0/0/0.csv?table=funnel").statusCode());
        assertEquals(302, new HubClient().get("funnel/report.xhtml").statusCode(), "visitors sign in first");
    }
}
