package org.govtechhub.load;

import io.gatling.app.Gatling$;
import org.govtechhub.it.HubClient;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The load benchmark cannot rot: {@link HubSimulation} runs in-process against the IT server with one user per
 * journey, each journey once, no think time, and must end without a failed request (Gatling's exit code 0; 2 means
 * its assertions failed). Writes on the demo records other tests rely on are left out ({@code load.sharedWrites=false});
 * its challenge drafts are titled uniquely. The report goes to target/gatling-smoke.
 */
@ExtendWith(ArquillianExtension.class)
class LoadSmokeIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Test
    void everyJourneyRunsOnceWithoutAFailedRequest() {
        Map<String, String> settings = Map.of("load.url", HubClient.base(), "load.accounts", "demo", "load.smoke", "true",
                "load.sharedWrites", "false");
        settings.forEach(System::setProperty);
        try {
            int exit = Gatling$.MODULE$.fromArgs(new String[] {"-s", HubSimulation.class.getName(),
                    "-rf", System.getProperty("hub.gatling.results", "target/gatling-smoke"), "-l", "maven", "-btv", "3.9"});
            assertEquals(0, exit, "Gatling's exit code (2: a request failed, see the report under target/gatling-smoke)");
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
    }
}
