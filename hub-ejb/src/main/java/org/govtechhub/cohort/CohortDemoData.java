package org.govtechhub.cohort;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import org.govtechhub.identity.Roles;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govtechhub.identity.DemoData;
import org.govtechhub.identity.Organisation;
import org.govtechhub.identity.OrganisationService;
import org.govtechhub.identity.PersonService;
import org.govtechhub.shared.Clock;
import org.govtechhub.shared.StartupData;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Demo programmes after Amsterdam's Startup in Residence (6 months), Telangana's Government Mentor Program
 * (10 of 200 selected) and Scotland's CivTech (2-week pre-accelerator with 3 teams per challenge, 3-month
 * accelerator with 1); one cohort each, dated around today, and published challenges from the demo departments.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@RunAs(Roles.SYSTEM)
@RolesAllowed(Roles.SYSTEM)
public class CohortDemoData {

    @EJB
    private StartupData startup;

    /** The first demo programme: once it exists the demo cohorts are loaded (other programmes may exist beside them). */
    static final String FIRST_PROGRAMME = "Startup in Residence Amsterdam";

    @EJB
    private ProgrammeService programmes;

    @EJB
    private ChallengeService challenges;

    @EJB
    private OrganisationService organisations;

    @EJB
    private PersonService people;

    @EJB
    private PitchService pitches;

    @PostConstruct
    void loadOnFirstStart() {
        boolean demo = startup.here() && ConfigProvider.getConfig().getOptionalValue("hub.demo-data", Boolean.class).orElse(Boolean.FALSE);
        if (!demo || programmes.programmes().stream().anyMatch(p -> p.getName().equals(FIRST_PROGRAMME)) || people.findByEmail("department" + DemoData.DEMO_DOMAIN).isEmpty()) {
            return;
        }
        LocalDate today = Clock.now().toLocalDate();
        Cohort amsterdam = cohort(programme(FIRST_PROGRAMME, ProgrammeKind.STARTUP_IN_RESIDENCE,
                "City of Amsterdam - Economic Affairs", "Departments post challenges, startups co-develop solutions for six months."),
                "Amsterdam 2027", 8, "Europe/Amsterdam", today, 180);
        Cohort telangana = cohort(programme("Government Mentor Program", ProgrammeKind.GOVERNMENT_MENTORING,
                "Government of Telangana - ITE&C Department",
                "Civil servants mentor startups for three months; 200 applications, 18 pitched, 10 selected."),
                "Telangana 2027", 10, "Asia/Kolkata", today, 90);
        telangana.setEligibility(EligibilityRules.telangana());
        telangana = programmes.saveCohort(telangana);
        // Telangana's pitch day is set up: the demo juror sits on the jury, the criteria are weighted
        pitches.addJuror(telangana.getId(), "juror" + DemoData.DEMO_DOMAIN);
        pitches.setCriteria(telangana.getId(), java.util.List.of(
                new org.govtechhub.evaluation.RoundCriterion("fit", "Fit with the challenge", 30),
                new org.govtechhub.evaluation.RoundCriterion("team", "Team", 25),
                new org.govtechhub.evaluation.RoundCriterion("feasibility", "Feasibility of the pilot", 25),
                new org.govtechhub.evaluation.RoundCriterion("impact", "Impact and scalability", 20)), false);
        amsterdam.setEligibility(new EligibilityRules(true, null, java.util.Map.of(), null, true));
        amsterdam = programmes.saveCohort(amsterdam);
        Cohort civtech = cohort(programme("CivTech Scotland", ProgrammeKind.ACCELERATOR, "Transport Scotland",
                "Pre-accelerator (2 weeks, 3 teams per challenge), accelerator (3 months, 1 team), then adoption."),
                "CivTech 10", 6, "Europe/London", today, 90);

        publish(amsterdam, "department", "Faster building permits",
                "Residents wait 8 weeks for a simple permit and cannot see where their file is.",
                "average days from application to decision", "20", "days", today.plusMonths(8), "€25,000 pilot budget", "25000");
        publish(amsterdam, "department", "Quieter deliveries in the city centre",
                "Delivery vans block narrow streets during the morning peak.",
                "deliveries between 7 and 10 in the centre", "40", "% fewer", today.plusMonths(9), "Traffic counts, loading-zone data", "30000");
        publish(civtech, "e.stewart", "Fewer missed rail connections",
                "Passengers miss connections at rural interchanges when a train runs late.",
                "missed connections per month at five interchanges", "30", "% fewer", today.plusMonths(6), "Real-time train data", "33000");
    }

    private Programme programme(String name, ProgrammeKind kind, String owner, String description) {
        Organisation organisation = organisations.active().stream().filter(o -> o.getName().equals(owner)).findFirst().orElse(null);
        Programme programme = new Programme(name, kind, organisation);
        programme.setDescription(description);
        return programmes.saveProgramme(programme);
    }

    /** A cohort whose call for challenges and applications are open today, then screening, pitch day and the programme. */
    private Cohort cohort(Programme programme, String name, int capacity, String zone, LocalDate today, int acceleratorDays) {
        Cohort cohort = new Cohort(programme, name, capacity, zone);
        cohort.addPhase(new CohortPhase(PhaseKind.CALL_FOR_CHALLENGES, today.minusDays(20), today.plusDays(10), null));
        cohort.addPhase(new CohortPhase(PhaseKind.APPLICATIONS, today.minusDays(5), today.plusDays(40), null));
        cohort.addPhase(new CohortPhase(PhaseKind.SCREENING, today.plusDays(41), today.plusDays(50), null));
        cohort.addPhase(new CohortPhase(PhaseKind.PITCH_DAY, today.plusDays(55), today.plusDays(55), null));
        LocalDate start = today.plusDays(60);
        if (programme.getKind() == ProgrammeKind.ACCELERATOR) {
            cohort.addPhase(new CohortPhase(PhaseKind.PRE_ACCELERATOR, start, start.plusDays(13), 3));
            start = start.plusDays(14);
        }
        cohort.addPhase(new CohortPhase(PhaseKind.ACCELERATOR, start, start.plusDays(acceleratorDays), 1));
        cohort.addPhase(new CohortPhase(PhaseKind.DEMO_DAY, start.plusDays(acceleratorDays + 5), start.plusDays(acceleratorDays + 5), null));
        return programmes.saveCohort(cohort);
    }

    private void publish(Cohort cohort, String login, String title, String problem, String metric, String target, String unit,
                         LocalDate deadline, String resources, String budget) {
        String email = login + DemoData.DEMO_DOMAIN;
        Challenge challenge = challenges.draft(cohort.getId(), title, email);
        challenge.setProblem(problem);
        challenge.setGoalMetric(metric);
        challenge.setGoalTarget(new BigDecimal(target));
        challenge.setGoalUnit(unit);
        challenge.setGoalDeadline(deadline);
        challenge.setResources(resources);
        challenge.setBudget(new BigDecimal(budget));
        challenges.update(challenge, email);
        challenges.submit(challenge.getId(), email);
        challenges.approve(challenge.getId(), null);
        challenges.publish(challenge.getId());
    }
}
