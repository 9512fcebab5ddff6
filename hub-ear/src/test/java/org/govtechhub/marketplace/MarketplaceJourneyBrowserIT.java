package org.govtechhub.marketplace;

import org.govtechhub.it.Browser;
import org.govtechhub.it.HubDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The marketplace in a real browser: the founder drafts a solution (a currency that is not a code is refused, what was
 * typed kept) and submits it; the program manager has an incomplete checklist refused, then accredits it for a year;
 * the department filters the marketplace by lot and evidence, finds it (the demo's expired one is not listed, the
 * accredited demo one shows its startup trained in selling to government) and requests it; the founder moves the
 * request to live; the department reviews the solution and sees its review and mean; the founder, not yet trained,
 * enrols in the selling-to-government track without anyone's approval.
 */
@ExtendWith(ArquillianExtension.class)
class MarketplaceJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return HubDeployment.application();
    }

    private final String name = "Permit tracker " + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aSolutionGoesFromTheFoundersDraftToADepartmentsReviewAndTheFounderEnrolsInTheSellingTrack() {
        theFounderSubmitsASolution();
        theManagerAccreditsIt();
        theDepartmentFindsItByFilterAndRequestsIt();
        theFounderMovesTheRequestToLive();
        theDepartmentReviewsIt();
        theFounderEnrolsInTheSellingToGovernmentTrack();
    }

    private void theFounderSubmitsASolution() {
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.open("marketplace/my-solutions.xhtml");
            founder.waitForText(By.id("mine"), MarketplaceDemoData.PROVEN);
            founder.click(By.id("new"));
            founder.find(By.id("solution:name")).sendKeys(name);
            founder.find(By.id("solution:description")).sendKeys("Residents follow their permit online, step by step.");
            founder.choose("solution:category", "Cloud software");
            founder.choose("solution:priceModel", "per user a month");
            founder.type("solution:amount_input", "9.90");
            founder.find(By.id("solution:currency")).clear();
            founder.find(By.id("solution:currency")).sendKeys("euro");
            founder.find(By.id("solution:hostingCountry")).sendKeys("Netherlands");
            founder.find(By.id("solution:certifications")).sendKeys("ISO 27001");
            founder.click(By.id("solution:submit"));
            founder.expectMessage("\"euro\" is not a currency code");
            assertEquals(name, founder.find(By.id("solution:name")).getAttribute("value"), "what was typed is kept");
            founder.find(By.id("solution:currency")).clear();
            founder.find(By.id("solution:currency")).sendKeys("EUR");
            founder.click(By.id("solution:submit"));
            founder.expectMessage("\"" + name + "\" is submitted");
            founder.waitForText(By.id("mine"), name);
        }
    }

    private void theManagerAccreditsIt() {
        try (Browser manager = new Browser()) {
            manager.signIn("manager");
            manager.open("marketplace/manage/solutions.xhtml");
            manager.click(By.linkText(name));
            manager.waitForText(By.id("solutionName"), name);
            manager.type("checklist:until_input", LocalDate.now(ZoneOffset.UTC).plusYears(1).toString());
            manager.click(By.id("checklist:accredit"));
            manager.expectMessage("is not ticked");
            for (AccreditationCriterion criterion : AccreditationCriterion.values()) {
                if (criterion.isRequired()) {
                    int i = criterion.ordinal();
                    manager.click(By.xpath("//*[@id='checklist:criteria:" + i + ":tick']//div[contains(@class,'ui-chkbox-box')]"));
                    manager.find(By.id("checklist:criteria:" + i + ":note")).sendKeys("Checked against the evidence");
                }
            }
            manager.type("checklist:until_input", LocalDate.now(ZoneOffset.UTC).plusYears(1).toString());
            manager.click(By.id("checklist:accredit"));
            manager.expectMessage("is accredited until");
            manager.waitForText(By.id("status"), "Published");
        }
    }

    private void theDepartmentFindsItByFilterAndRequestsIt() {
        try (Browser department = new Browser()) {
            department.signIn("department");
            department.open("marketplace/solutions.xhtml");
            department.choose("filters:category", "Cloud software");
            department.choose("filters:evidence", "Accredited");
            department.click(By.id("filters:go"));
            department.waitForText(By.id("filters:solutions"), name);
            department.waitForText(By.id("filters:solutions"), MarketplaceDemoData.ACCREDITED);
            assertTrue(!department.find(By.id("filters:solutions")).getText().contains(MarketplaceDemoData.PROVEN), "the filter keeps proven ones out");
            department.open("marketplace/solutions.xhtml");
            assertTrue(!department.find(By.id("filters:solutions")).getText().contains(MarketplaceDemoData.EXPIRED), "an expired accreditation is not listed");
            department.click(By.linkText(MarketplaceDemoData.ACCREDITED));
            department.waitForText(By.id("trained"), "Trained in selling to government");

            department.open("marketplace/solutions.xhtml?category=CLOUD_SOFTWARE&evidence=ACCREDITED");
            department.click(By.linkText(name));
            department.waitForText(By.id("solutionName"), name);
            department.waitForText(By.id("accreditation"), "Accredited");
            department.find(By.id("request:purpose")).sendKeys("Permits for the mobility department's street works.");
            department.type("request:users_input", "0");
            department.type("request:budget_input", "5000");
            department.click(By.id("request:submit"));
            department.expectMessage("Give the number of users");
            department.type("request:users_input", "35");
            department.type("request:budget_input", "5000");
            department.click(By.id("request:submit"));
            department.expectMessage("Your request for \"" + name + "\" is sent");
        }
    }

    private void theFounderMovesTheRequestToLive() {
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.open("marketplace/requests.xhtml");
            String row = "//*[@id='requests:table']//tr[.//a[normalize-space(text())='" + name + "']]";
            for (String step : new String[] {"QUALIFIED", "PROPOSAL", "CONTRACTED", "LIVE"}) {
                founder.click(By.xpath(row + "//button[contains(@id,'to" + step + "')]"));
                founder.expectMessage("is now");
            }
            founder.waitForText(By.xpath(row), "Live");
        }
    }

    private void theDepartmentReviewsIt() {
        try (Browser department = new Browser()) {
            department.signIn("department");
            department.open("marketplace/requests.xhtml");
            department.click(By.linkText(name));
            department.waitForText(By.id("usedBy"), "City of Amsterdam");
            department.click(By.xpath("//*[@id='review:stars']/div[contains(@class,'ui-rating-star')][4]"));
            department.find(By.id("review:text")).sendKeys("Residents call us half as often.");
            department.click(By.id("review:submit"));
            department.expectMessage("your review of \"" + name + "\" is published");
            department.waitForText(By.id("reviews"), "Residents call us half as often.");
            department.waitForText(By.id("rating"), "4.0 of 5 from one review");
            assertTrue(department.driver().findElements(By.id("review")).isEmpty(), "one review per department");
        }
    }

    private void theFounderEnrolsInTheSellingToGovernmentTrack() {
        try (Browser founder = new Browser()) {
            founder.signIn("founder");
            founder.open("cohorts/profile.xhtml");
            founder.click(By.id("sellingTrack"));
            founder.waitForText(By.id("courses"), "Pricing for government");
            founder.waitForText(By.id("progress"), "You have completed 0 of the track's 3 courses");
            founder.click(By.xpath("//*[@id='sessions:table']//tr[.//td[contains(normalize-space(.),'Public procurement procedures')]]//button"));
            founder.expectMessage("You are enrolled in \"Public procurement procedures\": Enrolled");
            founder.waitForText(By.id("mine"), "Public procurement procedures");
            founder.click(By.id("topbar:lang-ru"));
            founder.waitForText(By.id("page-title"), "Продажи государству");
            founder.click(By.id("topbar:lang-en"));
            founder.waitForText(By.id("page-title"), "Selling to government");
        }
    }
}
