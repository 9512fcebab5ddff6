package org.govtechhub.mentoring;

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
 * Matching in a real browser: the program manager runs the matching over the demo mentors and
 * startups, sees the proposal certified optimal with the criteria behind each score, and publishes
 * it; the demo mentor accepts; the demo founder sees the mentors of her startup.
 */
@ExtendWith(ArquillianExtension.class)
class MentoringJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    @Test
    void theManagerMatchesAndPublishesTheMentorAcceptsAndTheFounderSeesHerMentors() {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("mentoring/matching.xhtml");
            manager.find(By.id("round:name")).sendKeys("Telangana intake 2026");
            manager.click(By.id("round:run"));
            manager.expectMessage("The matching ran in");
            manager.waitForText(By.id("solver"), "Optimality certified.");
            assertTrue(manager.find(By.id("matches:table")).getText().contains("OpenPermit Labs"));
            assertTrue(manager.find(By.id("matches:table")).getText().contains("Expertise"), "the criteria behind each score");
            manager.click(By.id("matches:publish"));
            manager.expectMessage("Telangana intake 2026 is published");
        }
        try (Browser mentor = new Browser()) {
            mentor.signIn("mentor");
            mentor.waitForText(By.id("notifications"), "You are proposed as mentor of");
            mentor.open("mentoring/matches.xhtml");
            mentor.click(By.cssSelector("button[id$='accept']"));
            mentor.expectMessage("the founders are notified.");
            mentor.waitForText(By.id("matches:table"), "Accepted");
        }
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.open("mentoring/needs.xhtml");
            String mentors = founder.find(By.id("mentors")).getText();
            assertTrue(!mentors.contains("Nothing here yet.") && (mentors.contains("Waiting for the mentor") || mentors.contains("Accepted")), mentors);
            founder.click(By.id("topbar:lang-ru"));
            founder.waitForText(By.id("page-title"), "Потребности в наставничестве");
            founder.click(By.id("topbar:lang-en"));
        }
    }
}
