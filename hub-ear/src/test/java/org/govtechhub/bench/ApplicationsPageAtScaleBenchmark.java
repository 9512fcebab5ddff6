package org.govtechhub.bench;

import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark, run by name after {@link ApplicationsAtScaleBenchmark} (same build, same database): the program
 * manager's applications page of the 100,000-application cohort as a browser receives it, HTML rendered by JSF and
 * PrimeFaces, timed from the client over HTTP (5 warm-ups, 30 requests, median and 95th percentile).
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationsPageAtScaleBenchmark {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HubDeployment.application();
    }

    @Test
    void theManagersApplicationsPageOfACohortWithOneHundredThousandApplications() throws Exception {
        long cohort;
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url") + "hub_it", System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
             ResultSet row = db.createStatement().executeQuery("SELECT id FROM cohort WHERE name LIKE 'Scale benchmark%' ORDER BY id DESC")) {
            assertTrue(row.next(), "run ApplicationsAtScaleBenchmark first, in the same build");
            cohort = row.getLong(1);
        }
        HubClient manager = new HubClient();
        manager.signInAsDemo("manager");
        String page = "cohorts/manage/applications.xhtml?cohort=" + cohort;
        for (int i = 0; i < 5; i++) {
            manager.get(page);
        }
        long[] nanos = new long[30];
        HttpResponse<String> last = null;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            last = manager.get(page);
            nanos[i] = System.nanoTime() - start;
        }
        assertEquals(200, last.statusCode());
        assertTrue(last.body().contains("1-20 / 95000"), "the first page of 20 of 95,000 listed applications");
        Arrays.sort(nanos);
        System.out.printf("BENCH applications page over HTTP (100,000 applications) | %.1f | %.1f | %,d bytes%n", nanos[15] / 1e6, nanos[28] / 1e6,
                last.body().length());
    }
}
