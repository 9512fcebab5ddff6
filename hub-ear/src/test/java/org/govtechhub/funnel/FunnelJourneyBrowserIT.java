package org.govtechhub.funnel;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The innovation funnel in a real browser: the program manager opens the funnel from the menu, narrows it to the
 * demo department of Amsterdam, sees its published challenges (and the citizens' ideas, contracts and adoptions of the
 * other contexts' demo data) as initiatives with the funnel's chart and its text alternative, opens one initiative's timeline (it entered the funnel as a challenge, through the challenge, when it
 * was published) and reads the funnel in Russian.
 */
@ExtendWith(ArquillianExtension.class)
class FunnelJourneyBrowserIT {

    private static final String AMSTERDAM = "City of Amsterdam - Economic Affairs";
    private static final String PERMITS = "Faster building permits";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Test
    void theManagerNarrowsTheFunnelToADepartmentAndReadsAnInitiativesTimeline() {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("funnel/report.xhtml");
            manager.waitForText(By.id("page-title"), "Innovation funnel");
            manager.choose("choice:department", AMSTERDAM);
            manager.click(By.id("choice:show"));
            manager.waitForText(By.id("list:initiatives"), PERMITS);
            assertTrue(manager.driver().getCurrentUrl().contains("department="), "the choice is in the address");
            String summary = manager.find(By.id("chartSummary")).getText();
            assertTrue(summary.matches("Initiatives reaching each stage: (\\d+ → ){5}\\d+\\."), "the chart's text alternative: " + summary);
            assertTrue(Integer.parseInt(summary.split(" → ")[1]) >= 2, "the department's two published challenges: " + summary);
            assertTrue(manager.find(By.id("funnel")).getText().contains("Challenge"));

            manager.click(By.linkText(PERMITS));
            manager.waitForText(By.id("page-title"), "An initiative's timeline");
            manager.waitForText(By.id("initiativeTitle"), PERMITS);
            String timeline = manager.find(By.id("timeline")).getText();
            assertTrue(timeline.contains("Challenge") && timeline.contains("challenge:") && timeline.contains("published in Amsterdam 2027"),
                    timeline);
            assertTrue(manager.find(By.id("started")).getText().contains(AMSTERDAM));

            manager.click(By.id("back"));
            manager.click(By.id("topbar:lang-ru"));
            manager.waitForText(By.id("page-title"), "Инновационная воронка");
            assertTrue(manager.find(By.id("funnel")).getText().contains("Задача"));
            manager.click(By.id("topbar:lang-en"));
        }
    }
}
