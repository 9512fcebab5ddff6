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
 * Mentoring in a real browser: the program manager runs the matching over the demo mentors and
 * startups, sees the proposal certified optimal with the criteria behind each score and the
 * explanations, pins a pair and publishes; the demo mentor accepts and logs a session; the demo
 * founder rates it and answers the fit check; the health dashboard shows the session.
 */
@ExtendWith(ArquillianExtension.class)
class MentoringJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    private static final String PAIR = "//tr[td[1][text()='OpenPermit Labs'] and td[2][text()='Ravi Kumar']]";

    @Test
    void theManagerMatchesAndPublishesTheMentorLogsASessionTheFounderRatesItAndTheDashboardShowsIt() {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("mentoring/matching.xhtml");
            manager.find(By.id("round:name")).sendKeys("Telangana intake 2026");
            manager.click(By.id("round:run"));
            manager.expectMessage("The matching ran in");
            manager.waitForText(By.id("solver"), "Optimality certified.");
            assertTrue(manager.find(By.id("matches:table")).getText().contains("Expertise"), "the criteria behind each score");
            assertTrue(manager.find(By.id("explanations")).isDisplayed());
            manager.click(By.xpath(PAIR + "//button[span[text()='Pin']]"));
            manager.waitForText(By.xpath(PAIR), "pinned");
            manager.click(By.id("matches:publish"));
            manager.expectMessage("Telangana intake 2026 is published");
        }
        try (Browser mentor = new Browser()) {
            mentor.signIn("mentor");
            mentor.waitForText(By.id("notifications"), "You are proposed as mentor of OpenPermit Labs");
            mentor.open("mentoring/matches.xhtml");
            mentor.click(By.xpath("//tr[td[1][text()='OpenPermit Labs']]//button[contains(@id,'accept')]"));
            mentor.expectMessage("You mentor OpenPermit Labs");
            mentor.click(By.xpath("//tr[td[1][text()='OpenPermit Labs']]//*[contains(@id,'sessions')]"));
            mentor.find(By.id("log:topics")).sendKeys("Pilot scope with the permits department");
            mentor.click(By.id("log:save"));
            mentor.expectMessage("is logged; the founders are told.");
        }
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.open("mentoring/needs.xhtml");
            founder.click(By.xpath("//tr[td[1][starts-with(text(),'Ravi Kumar')]]//a"));
            founder.click(By.cssSelector("button[id$='confirm']"));
            founder.expectMessage("the meeting is confirmed");
            founder.click(By.cssSelector("button.hub-fit-GOOD_FIT"));
            founder.expectMessage("glad it works");
            founder.click(By.id("topbar:lang-ru"));
            founder.waitForText(By.id("page-title"), "Встречи");
            founder.click(By.id("topbar:lang-en"));
        }
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("mentoring/health.xhtml");
            manager.waitForText(By.id("perPairAndMonth"), "Ravi Kumar");
            assertTrue(manager.find(By.id("ratings")).getText().contains("Ravi Kumar"));
        }
    }
}
