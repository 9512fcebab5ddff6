package org.govtechhub.bench;

import jakarta.inject.Inject;
import org.govtechhub.cohort.Application;
import org.govtechhub.cohort.ApplicationService;
import org.govtechhub.cohort.ApplicationStatus;
import org.govtechhub.cohort.Challenge;
import org.govtechhub.cohort.Cohort;
import org.govtechhub.cohort.CohortFixture;
import org.govtechhub.cohort.ImpactService;
import org.govtechhub.cohort.ProgrammeService;
import org.govtechhub.identity.Person;
import org.govtechhub.it.HubDeployment;
import org.govtechhub.it.QueryCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a test of the build (run by name, see docs/benchmarks.md): a cohort with 100,000 applications
 * (2,000 startups × 50 challenges), and what the manager's applications page asks of the database for one page of
 * twenty: the count, the page (first and last), its documents and its startups' eligibility, and the funnel and
 * impact report. Prints the median and 95th percentile of 30 runs after 5 warm-ups, and the SQL statements each
 * sends, which must not grow with the page's rows.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationsAtScaleBenchmark {

    private static final int STARTUPS = 2_000;
    private static final int CHALLENGES = 50;
    private static final int PAGE = 20;

    @Deployment
    static Archive<?> deployment() {
        return HubDeployment.services().with(ApplicationsAtScaleBenchmark.class, ScaleSeeder.class, CohortFixture.class, QueryCounter.class).build();
    }

    @Inject
    private CohortFixture fixture;

    @Inject
    private ScaleSeeder seeder;

    @Inject
    private QueryCounter queries;

    @Inject
    private ApplicationService applications;

    @Inject
    private ImpactService impact;

    @Inject
    private ProgrammeService programmes;

    @Test
    void aCohortWithOneHundredThousandApplications() throws Exception {
        Cohort cohort = fixture.telangana(10);
        cohort.setName("Scale benchmark " + System.currentTimeMillis());
        cohort = fixture.saveCohort(cohort);
        Person staff = fixture.staff(fixture.department("Scale department"), "Scale staff");
        List<Long> challenges = new ArrayList<>();
        for (int i = 0; i < CHALLENGES; i++) {
            Challenge challenge = fixture.published(cohort, staff, CohortFixture.unique("Scale challenge " + i));
            challenges.add(challenge.getId());
        }
        long seeding = System.nanoTime();
        seeder.seed(cohort.getId(), challenges, staff.getId(), STARTUPS);
        System.out.printf("BENCH seeded %,d applications in %.1f s%n", STARTUPS * CHALLENGES, (System.nanoTime() - seeding) / 1e9);
        Cohort c = programmes.cohort(cohort.getId());
        long listed = applications.countOfCohort(c, null);
        assertEquals(STARTUPS * CHALLENGES * 19 / 20, listed, "drafts are not listed");
        List<Application> first = applications.ofCohort(c, null, 0, PAGE);
        List<Application> last = applications.ofCohort(c, null, (int) listed - PAGE, PAGE);
        assertEquals(PAGE, first.size());
        assertEquals(PAGE, last.size());

        System.out.println("BENCH operation | median ms | p95 ms | SQL statements");
        measure("count of listed applications", () -> applications.countOfCohort(c, null));
        measure("first page of 20", () -> applications.ofCohort(c, null, 0, PAGE));
        measure("first page of 100 (statements as for 20)", () -> applications.ofCohort(c, null, 0, 100));
        measure("last page of 20 (offset " + (listed - PAGE) + ")", () -> applications.ofCohort(c, null, (int) listed - PAGE, PAGE));
        measure("count + first page, status SHORTLISTED", () -> {
            applications.countOfCohort(c, ApplicationStatus.SHORTLISTED);
            return applications.ofCohort(c, ApplicationStatus.SHORTLISTED, 0, PAGE);
        });
        measure("documents of a page", () -> applications.documentsOf(first));
        measure("eligibility of a page (profiles, turnovers)", () -> applications.eligibilityOf(first));
        measure("funnel (counts per stage)", () -> applications.funnel(c));
        measure("impact report of the cohort", () -> impact.cohortReport(c.getId()));
        measure("the page as the manager opens it", () -> {
            applications.funnel(c);
            applications.countOfCohort(c, null);
            List<Application> page = applications.ofCohort(c, null, 0, PAGE);
            applications.documentsOf(page);
            return applications.eligibilityOf(page);
        });
    }

    private void measure(String name, Supplier<?> action) throws Exception {
        for (int i = 0; i < 5; i++) {
            action.get();
        }
        long[] nanos = new long[30];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            action.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long statements = queries.statements(action);
        System.out.printf("BENCH %s | %.1f | %.1f | %d%n", name, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, statements);
    }
}
